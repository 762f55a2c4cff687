//! Gridding checks against Wang et al. 2018 (papers.md).

use convatlas::arch::dilation::{hdc_m2, hdc_ok, used_pixels};

/// "With k=3, r=2 only 9 of 25 pixels are used."
#[test]
fn one_dilated_layer_uses_9_of_25() {
    assert_eq!(used_pixels(&[2], 3).unwrap(), (9, 25));
    assert_eq!(used_pixels(&[1], 3).unwrap(), (9, 9));
}

/// "For K=3, rates [1,2,5] pass, [1,2,9] fail"; common-factor rates leave holes,
/// sawtooth rates 1, 2, 3 do not.
#[test]
fn hdc_rule() {
    assert!(hdc_ok(&[1, 2, 5], 3).unwrap());
    assert!(!hdc_ok(&[1, 2, 9], 3).unwrap());
    assert_eq!(hdc_m2(&[1, 2, 5]).unwrap(), 2);
    assert_eq!(hdc_m2(&[1, 2, 9]).unwrap(), 5);
    assert!(hdc_ok(&[1, 2, 3], 3).unwrap());
    assert!(!hdc_ok(&[2, 4, 8], 3).unwrap());
    // Holes: 2, 4, 8 reach only even offsets; 1, 2, 3 reach every pixel.
    let (used, total) = used_pixels(&[2, 4, 8], 3).unwrap();
    assert!(used < total);
    let (used, total) = used_pixels(&[1, 2, 3], 3).unwrap();
    assert_eq!(used, total);
    // Yu & Koltun's 1, 1, 2, 4, 8, 16, 1 covers its whole 67x67 field.
    assert_eq!(
        used_pixels(&[1, 1, 2, 4, 8, 16, 1], 3).unwrap(),
        (67 * 67, 67 * 67)
    );
}

#[test]
fn bad_inputs_are_errors() {
    assert!(used_pixels(&[], 3).is_err());
    assert!(used_pixels(&[0], 3).is_err());
    assert!(used_pixels(&[2], 0).is_err());
    assert!(hdc_m2(&[5000]).is_err());
    assert!(used_pixels(&[1024; 64], 31).is_err());
    assert!(used_pixels(&[64; 64], 3).is_ok());
}
