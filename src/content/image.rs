//! Bundle images are untrusted: only PNG and JPEG, decoded with hard limits, off the UI thread.

use std::io::Cursor;
use std::sync::Arc;

use image::{ImageFormat, ImageReader, Limits};

/// Largest width or height accepted, in pixels.
pub const MAX_SIDE: u32 = 4096;
/// Largest file accepted, in bytes.
pub const MAX_FILE_BYTES: usize = 8 * 1024 * 1024;
/// Largest allocation the decoder may make.
const MAX_ALLOC: u64 = 64 * 1024 * 1024;
/// Pictures are shown at most about 600×340 logical pixels (1.3× that on a 1080p screen),
/// so larger ones are scaled down once at load time: memory stays near 1.4 MB per picture.
const DISPLAY_SIDE: u32 = 800;

/// A decoded image as 8-bit RGBA, ready for any renderer.
#[derive(Clone, PartialEq, Eq)]
pub struct Picture {
    pub width: u32,
    pub height: u32,
    pub rgba: Arc<Vec<u8>>,
}

impl std::fmt::Debug for Picture {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Picture({}x{})", self.width, self.height)
    }
}

/// Decode PNG or JPEG bytes, refusing anything else or anything too big, with a plain reason.
pub fn decode(bytes: &[u8]) -> Result<Picture, String> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(format!(
            "the image file is {} MB; the limit is {} MB: make it smaller",
            bytes.len() / (1024 * 1024),
            MAX_FILE_BYTES / (1024 * 1024)
        ));
    }
    let format = match image::guess_format(bytes) {
        Ok(format @ (ImageFormat::Png | ImageFormat::Jpeg)) => format,
        Ok(other) => {
            return Err(format!(
                "the image is {other:?}; only PNG and JPEG are accepted"
            ));
        }
        Err(_) => return Err("the file is not a PNG or JPEG image (or it is damaged)".to_owned()),
    };
    // The size first: "too large" must say whether the picture or its decoding is too big.
    let (width, height) = ImageReader::with_format(Cursor::new(bytes), format)
        .into_dimensions()
        .map_err(|e| format!("the image cannot be read: {e}"))?;
    if width > MAX_SIDE || height > MAX_SIDE {
        return Err(format!(
            "the image is {width}×{height} pixels; at most {MAX_SIDE}×{MAX_SIDE} are accepted: \
             make it smaller"
        ));
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);
    reader.limits(limits);
    let image = reader.decode().map_err(|e| match e {
        image::ImageError::Limits(_) => format!(
            "the image ({width}×{height} pixels) needs more than {} MB of memory to open, \
             probably because it has 16 bits per colour: save it as an ordinary 8-bit PNG or a \
             JPEG",
            MAX_ALLOC / (1024 * 1024)
        ),
        other => format!("the image cannot be read: {other}"),
    })?;
    let image = if image.width() > DISPLAY_SIDE || image.height() > DISPLAY_SIDE {
        image.thumbnail(DISPLAY_SIDE, DISPLAY_SIDE)
    } else {
        image
    };
    let rgba = image.into_rgba8();
    Ok(Picture {
        width: rgba.width(),
        height: rgba.height(),
        rgba: Arc::new(rgba.into_raw()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let mut out = Vec::new();
        let img = image::RgbaImage::new(width, height);
        let _ = img.write_to(&mut Cursor::new(&mut out), ImageFormat::Png);
        out
    }

    #[test]
    fn decodes_small_png() {
        let p = decode(&png(3, 2));
        assert_eq!(p.map(|p| (p.width, p.height, p.rgba.len())), Ok((3, 2, 24)));
    }

    #[test]
    fn refuses_huge_dimensions_before_allocating() {
        let err = decode(&png(MAX_SIDE + 1, 1)).err().unwrap_or_default();
        assert!(err.contains("is 4097×1 pixels; at most 4096×4096"), "{err}");
    }

    #[test]
    fn a_big_sixteen_bit_picture_is_told_apart_from_a_too_large_one() {
        let mut out = Vec::new();
        let img = image::ImageBuffer::<image::Rgba<u16>, _>::new(3000, 3000);
        let _ = image::DynamicImage::ImageRgba16(img)
            .write_to(&mut Cursor::new(&mut out), ImageFormat::Png);
        let err = decode(&out).err().unwrap_or_default();
        assert!(
            err.contains("16 bits per colour") && err.contains("3000×3000"),
            "{err}"
        );
    }

    #[test]
    fn refuses_other_formats_and_garbage() {
        assert!(
            decode(b"GIF89a....")
                .err()
                .unwrap_or_default()
                .contains("only PNG and JPEG")
        );
        assert!(
            decode(b"hello")
                .err()
                .unwrap_or_default()
                .contains("not a PNG or JPEG")
        );
    }
}
