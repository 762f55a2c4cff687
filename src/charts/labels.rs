//! Point labels placed where they overlap neither markers, other labels nor the
//! panel's edge; a label with no free spot around its point is left out.

/// A pixel rectangle [left, top, right, bottom].
pub type Rect = [f64; 4];

fn overlaps(a: &Rect, b: &Rect) -> bool {
    a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]
}

/// Remembers what is already drawn.
pub struct Placer {
    bounds: Rect,
    taken: Vec<Rect>,
}

impl Placer {
    /// Labels must stay inside `bounds` and clear of `obstacles` (the markers).
    pub fn new(bounds: Rect, obstacles: Vec<Rect>) -> Self {
        Placer {
            bounds,
            taken: obstacles,
        }
    }

    /// Top-left corner of the first free spot for a `w` x `h` label around the
    /// point (`x`, `y`) whose marker has radius `r`: right, upper right, lower
    /// right, left, above, below. The spot is then taken.
    pub fn place(&mut self, (x, y): (f64, f64), r: f64, (w, h): (f64, f64)) -> Option<(f64, f64)> {
        let gap = r + 4.0;
        let candidates = [
            (x + gap, y - h / 2.0),
            (x + r * 0.7, y - r * 0.7 - h),
            (x + r * 0.7, y + r * 0.7),
            (x - gap - w, y - h / 2.0),
            (x - w / 2.0, y - gap - h),
            (x - w / 2.0, y + gap),
        ];
        let b = self.bounds;
        let spot = candidates.into_iter().find(|&(l, t)| {
            let rect = [l, t, l + w, t + h];
            rect[0] >= b[0]
                && rect[1] >= b[1]
                && rect[2] <= b[2]
                && rect[3] <= b[3]
                && !self.taken.iter().any(|o| overlaps(o, &rect))
        })?;
        self.taken.push([spot.0, spot.1, spot.0 + w, spot.1 + h]);
        Some(spot)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_move_around_obstacles_and_give_up_when_boxed_in() {
        let mut p = Placer::new([0.0, 0.0, 200.0, 100.0], vec![[45.0, 45.0, 55.0, 55.0]]);
        assert_eq!(p.place((50.0, 50.0), 5.0, (40.0, 10.0)), Some((59.0, 45.0)));
        let second = p.place((50.0, 50.0), 5.0, (40.0, 10.0)).unwrap();
        assert_ne!(second, (59.0, 45.0));
        let mut edge = Placer::new([0.0, 0.0, 30.0, 30.0], Vec::new());
        assert_eq!(edge.place((15.0, 15.0), 5.0, (100.0, 10.0)), None);
    }
}
