//! QR codes of share links, drawn as one SVG path (no canvas, no images, so
//! the page's security policy needs nothing extra). Pure: tested natively,
//! and the end-to-end test decodes the drawn code back to the link.

use qrcodegen::{QrCode, QrCodeEcc};

/// Modules of white margin around the code (the standard asks for 4).
pub const QUIET: i32 = 4;

/// A QR code ready to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct Qr {
    /// QR version, 1–40.
    pub version: u8,
    /// Modules per side, without the margin.
    pub size: i32,
    /// Error-correction level actually used: `L`, `M`, `Q` or `H`.
    pub ecc: char,
    /// SVG path data of the dark modules, one run of a row per subpath, in
    /// a coordinate system where a module is 1×1 and the margin included.
    pub path: String,
}

/// Encodes `text` (byte mode) with at least medium error correction (a
/// projected or photographed code loses some modules), raised as far as the
/// smallest version that fits allows; `None` if it is too long for any QR
/// code (over 2,331 bytes).
pub fn qr(text: &str) -> Option<Qr> {
    // encode_text raises the error correction while the version stays the same.
    let code = QrCode::encode_text(text, QrCodeEcc::Medium).ok()?;
    let size = code.size();
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if !code.get_module(x, y) {
                x += 1;
                continue;
            }
            let start = x;
            while x < size && code.get_module(x, y) {
                x += 1;
            }
            path.push_str(&format!("M{} {}h{}v1h-{}z", start + QUIET, y + QUIET, x - start, x - start));
        }
    }
    let ecc = match code.error_correction_level() {
        QrCodeEcc::Low => 'L',
        QrCodeEcc::Medium => 'M',
        QrCodeEcc::Quartile => 'Q',
        QrCodeEcc::High => 'H',
    };
    Some(Qr { version: code.version().value(), size, ecc, path })
}
