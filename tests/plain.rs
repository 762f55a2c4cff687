//! The opening chapter's stack against independent oracles: torchvision's VGG-16
//! convolutions (through the zoo, checked against published counts), the cost formula
//! k²·C_in·C_out·H_out·W_out and the receptive-field recurrence written out here.

use convatlas::plain::{stack, PlainState};
use convatlas::query::Query;
use convatlas::zoo::{self, ZooParams};

#[test]
fn vgg16_convolutions_are_the_stack_with_depths_2_2_3_3_3() {
    let ours =
        convatlas::arch::summarize(&stack(64, &[2, 2, 3, 3, 3], 224, true), &Default::default())
            .unwrap();
    let vgg = zoo::summary("vgg16", &ZooParams::default()).unwrap();
    let convs = |s: &convatlas::arch::Summary| -> (u64, u64, usize) {
        let rows: Vec<_> = s
            .layers
            .iter()
            .filter(|r| r.op.as_str() == "conv2d")
            .collect();
        (
            rows.iter().map(|r| r.params).sum(),
            rows.iter().map(|r| r.macs).sum(),
            rows.len(),
        )
    };
    assert_eq!(convs(&ours), convs(&vgg));
    // torchvision's VGG-16 features: 14,714,688 parameters (138,357,544 with the classifier).
    assert_eq!(convs(&ours).0, 14_714_688);
}

#[test]
fn cost_is_k2_cin_cout_hout_wout_summed_over_layers() {
    for width in [1, 8, 48, 64] {
        for depth in 1..=4 {
            for stages in 1..=5 {
                for (side, pool) in [(32, true), (57, true), (40, false)] {
                    let s = PlainState {
                        width,
                        depth,
                        stages,
                        side,
                        pool,
                    };
                    let Ok(sum) = s.summary() else { continue };
                    let (mut macs, mut params, mut cin, mut hw) = (0u64, 0u64, 3u64, side as u64);
                    let (mut rf, mut jump) = (1u64, 1u64);
                    for st in 0..stages {
                        let cout = (width as u64) * 2u64.pow(st.min(3) as u32);
                        for _ in 0..depth {
                            macs += 3 * 3 * cin * cout * hw * hw;
                            params += (3 * 3 * cin + 1) * cout;
                            rf += 2 * jump;
                            cin = cout;
                        }
                        if pool {
                            hw /= 2;
                            rf += jump;
                            jump *= 2;
                        }
                    }
                    assert_eq!((sum.macs, sum.params), (macs, params), "{s:?}");
                    assert_eq!(sum.receptive_field, rf, "{s:?}");
                }
            }
        }
    }
}

#[test]
fn garbage_in_the_url_falls_back_with_notices() {
    let q = Query::parse("?w=0&d=9&st=x&hw=4000&pool=2");
    let mut notices = vec![];
    assert_eq!(
        PlainState::from_query(&q, &mut notices),
        PlainState::default()
    );
    assert_eq!(notices.len(), 5);
    let mut q = Query::default();
    let s = PlainState {
        width: 32,
        depth: 3,
        stages: 4,
        side: 96,
        pool: false,
    };
    s.write(&mut q);
    assert_eq!(PlainState::from_query(&q, &mut vec![]), s);
}
