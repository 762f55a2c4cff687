//! Optimisers over a fixed list of parameter buffers: SGD with momentum and Adam.
//! Each `step` takes the parameters and their gradients in the same order every
//! time; the optimiser keeps one state buffer per parameter.

use crate::error::{Error, Result};

/// Which optimiser a training run uses, with its hyper-parameters.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum OptimizerKind {
    /// SGD with momentum `mu` (PyTorch form): `v = mu*v + g + wd*w`, `w -= lr*v`.
    Sgd {
        lr: f32,
        momentum: f32,
        weight_decay: f32,
    },
    /// Adam (Kingma and Ba 2015): `m = b1*m + (1-b1)*g`, `v = b2*v + (1-b2)*g^2`,
    /// `w -= lr * m_hat / (sqrt(v_hat) + eps)` with bias-corrected `m_hat`, `v_hat`.
    Adam {
        lr: f32,
        beta1: f32,
        beta2: f32,
        eps: f32,
    },
}

impl OptimizerKind {
    /// Adam with the paper's defaults (beta1 0.9, beta2 0.999, eps 1e-8).
    pub fn adam(lr: f32) -> Self {
        OptimizerKind::Adam {
            lr,
            beta1: 0.9,
            beta2: 0.999,
            eps: 1e-8,
        }
    }

    /// SGD with momentum 0.9 and no weight decay.
    pub fn sgd(lr: f32) -> Self {
        OptimizerKind::Sgd {
            lr,
            momentum: 0.9,
            weight_decay: 0.0,
        }
    }

    fn validate(&self) -> Result<()> {
        let ok = |v: f32, lo: f32, hi: f32| v.is_finite() && v >= lo && v < hi;
        let fine = match *self {
            OptimizerKind::Sgd {
                lr,
                momentum,
                weight_decay,
            } => ok(lr, 0.0, 1e3) && ok(momentum, 0.0, 1.0) && ok(weight_decay, 0.0, 1.0),
            OptimizerKind::Adam {
                lr,
                beta1,
                beta2,
                eps,
            } => {
                ok(lr, 0.0, 1e3)
                    && ok(beta1, 0.0, 1.0)
                    && ok(beta2, 0.0, 1.0)
                    && eps.is_finite()
                    && eps > 0.0
            }
        };
        if fine {
            Ok(())
        } else {
            Err(Error::param("optimizer", format!("{self:?}"), "finite lr in [0, 1000), momentum and betas in [0, 1), weight decay in [0, 1), eps > 0"))
        }
    }
}

/// An optimiser with its per-parameter state.
#[derive(Debug, Clone)]
pub struct Optimizer {
    kind: OptimizerKind,
    /// SGD: velocity; Adam: first moment.
    m: Vec<Vec<f32>>,
    /// Adam: second moment.
    v: Vec<Vec<f32>>,
    steps: i32,
    /// Multiplies the learning rate (a schedule sets it between epochs).
    lr_scale: f32,
}

impl Optimizer {
    /// A fresh optimiser (zero state).
    pub fn new(kind: OptimizerKind) -> Result<Self> {
        kind.validate()?;
        Ok(Optimizer {
            kind,
            m: Vec::new(),
            v: Vec::new(),
            steps: 0,
            lr_scale: 1.0,
        })
    }

    /// Scales the learning rate of the following steps by `scale` (clamped to [0, 1]).
    pub fn set_lr_scale(&mut self, scale: f32) {
        self.lr_scale = if scale.is_finite() {
            scale.clamp(0.0, 1.0)
        } else {
            1.0
        };
    }

    /// One update of every parameter buffer from its gradient.
    pub fn step(&mut self, params: &mut [&mut [f32]], grads: &[&[f32]]) -> Result<()> {
        let sizes_ok = params.len() == grads.len()
            && params.iter().zip(grads).all(|(p, g)| p.len() == g.len())
            && (self.m.is_empty()
                || self
                    .m
                    .iter()
                    .zip(params.iter())
                    .all(|(m, p)| m.len() == p.len())
                    && self.m.len() == params.len());
        if !sizes_ok {
            return Err(Error::shape("optimizer", "parameters and gradients must match each other and the previous steps, buffer by buffer"));
        }
        if self.m.is_empty() {
            self.m = params.iter().map(|p| vec![0.0; p.len()]).collect();
            self.v = self.m.clone();
        }
        self.steps = self.steps.saturating_add(1);
        for (i, (p, g)) in params.iter_mut().zip(grads).enumerate() {
            match self.kind {
                OptimizerKind::Sgd {
                    lr,
                    momentum,
                    weight_decay,
                } => {
                    let lr = lr * self.lr_scale;
                    for ((w, &gr), v) in p.iter_mut().zip(*g).zip(self.m[i].iter_mut()) {
                        *v = momentum * *v + gr + weight_decay * *w;
                        *w -= lr * *v;
                    }
                }
                OptimizerKind::Adam {
                    lr,
                    beta1,
                    beta2,
                    eps,
                } => {
                    let lr = lr * self.lr_scale;
                    let c1 = 1.0 - beta1.powi(self.steps);
                    let c2 = 1.0 - beta2.powi(self.steps);
                    let (m, v) = (&mut self.m[i], &mut self.v[i]);
                    for (((w, &gr), m), v) in
                        p.iter_mut().zip(*g).zip(m.iter_mut()).zip(v.iter_mut())
                    {
                        *m = beta1 * *m + (1.0 - beta1) * gr;
                        *v = beta2 * *v + (1.0 - beta2) * gr * gr;
                        *w -= lr * (*m / c1) / ((*v / c2).sqrt() + eps);
                    }
                }
            }
        }
        Ok(())
    }
}
