//! Reads a QR code from a camera frame (issue 24: collecting plans by
//! camera). The workshop board's camera script (`web/camera.js`) uses the
//! browser's own `BarcodeDetector` where there is one and loads this module
//! only where there is not (Chrome on Linux and Windows, Firefox, Safari
//! before 17), so its size never counts against the editor.

use wasm_bindgen::prelude::*;

/// Longest text returned: a share link is far shorter, and a frame never
/// makes the page hold a huge string.
pub const MAX_TEXT: usize = 8 * 1024;

/// The text of the first QR code found in an RGBA frame of `width` ×
/// `height` pixels (as a canvas's `getImageData` gives it), if any. A
/// frame whose size does not match its data finds nothing.
#[wasm_bindgen]
pub fn decode(rgba: &[u8], width: u32, height: u32) -> Option<String> {
    let (w, h) = (width as usize, height as usize);
    if w == 0 || h == 0 || w.checked_mul(h)?.checked_mul(4)? != rgba.len() {
        return None;
    }
    // Luma from RGB, in integers (0.299 R + 0.587 G + 0.114 B).
    let luma = |x: usize, y: usize| {
        let i = (y * w + x) * 4;
        let (r, g, b) = (u32::from(rgba[i]), u32::from(rgba[i + 1]), u32::from(rgba[i + 2]));
        ((r * 77 + g * 150 + b * 29) >> 8) as u8
    };
    let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, luma);
    img.detect_grids()
        .into_iter()
        .find_map(|grid| grid.decode().ok().map(|(_, text)| text))
        .filter(|t| t.len() <= MAX_TEXT)
}
