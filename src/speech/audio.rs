//! Sound as samples: WAV in and out (what espeak-ng writes, what players read), recordings
//! decoded (WAV, Ogg Vorbis, Ogg Opus — pure Rust, no C library), and the one volume every
//! sound passes through.

use std::path::Path;

/// 16-bit samples, interleaved.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Pcm {
    pub rate: u32,
    pub channels: u16,
    pub samples: Vec<i16>,
}

impl Pcm {
    /// How long it lasts.
    pub fn seconds(&self) -> f64 {
        if self.rate == 0 || self.channels == 0 {
            return 0.0;
        }
        self.samples.len() as f64 / f64::from(self.rate) / f64::from(self.channels)
    }

    /// The loudest sample (0 for silence).
    pub fn peak(&self) -> i32 {
        self.samples
            .iter()
            .map(|s| i32::from(*s).abs())
            .max()
            .unwrap_or(0)
    }

    /// At `volume` (0 silent, 1 as recorded).
    pub fn scale(&mut self, volume: f32) {
        let v = volume.clamp(0.0, 1.0);
        for s in &mut self.samples {
            *s = (f32::from(*s) * v).round() as i16;
        }
    }

    /// As a WAV file (16-bit PCM).
    pub fn wav(&self) -> Vec<u8> {
        let data = (self.samples.len() * 2) as u32;
        let mut out = Vec::with_capacity(44 + data as usize);
        out.extend_from_slice(b"RIFF");
        out.extend_from_slice(&(36 + data).to_le_bytes());
        out.extend_from_slice(b"WAVEfmt ");
        out.extend_from_slice(&16u32.to_le_bytes());
        out.extend_from_slice(&1u16.to_le_bytes());
        out.extend_from_slice(&self.channels.to_le_bytes());
        out.extend_from_slice(&self.rate.to_le_bytes());
        let block = self.channels * 2;
        out.extend_from_slice(&(self.rate * u32::from(block)).to_le_bytes());
        out.extend_from_slice(&block.to_le_bytes());
        out.extend_from_slice(&16u16.to_le_bytes());
        out.extend_from_slice(b"data");
        out.extend_from_slice(&data.to_le_bytes());
        for s in &self.samples {
            out.extend_from_slice(&s.to_le_bytes());
        }
        out
    }
}

/// Read a 16-bit PCM WAV. espeak-ng writing to a pipe leaves the sizes unknown
/// (0xFFFFFFFF or 0): then the data runs to the end.
pub fn parse_wav(bytes: &[u8]) -> Result<Pcm, String> {
    if bytes.len() < 12 || &bytes[..4] != b"RIFF" || &bytes[8..12] != b"WAVE" {
        return Err("not a WAV file".to_owned());
    }
    let mut at = 12;
    let mut format: Option<(u16, u16, u32, u16)> = None;
    while at + 8 <= bytes.len() {
        let id = &bytes[at..at + 4];
        let size = u32::from_le_bytes([bytes[at + 4], bytes[at + 5], bytes[at + 6], bytes[at + 7]])
            as usize;
        let body = at + 8;
        if id == b"fmt " {
            if body + 16 > bytes.len() {
                return Err("the WAV format chunk is cut short".to_owned());
            }
            let u16_at = |i: usize| u16::from_le_bytes([bytes[body + i], bytes[body + i + 1]]);
            let rate = u32::from_le_bytes([
                bytes[body + 4],
                bytes[body + 5],
                bytes[body + 6],
                bytes[body + 7],
            ]);
            format = Some((u16_at(0), u16_at(2), rate, u16_at(14)));
        } else if id == b"data" {
            let Some((kind, channels, rate, bits)) = format else {
                return Err("the WAV data comes before its format".to_owned());
            };
            if kind != 1 || bits != 16 {
                return Err(format!(
                    "the WAV is {bits}-bit (format {kind}); the kiosk plays 16-bit PCM WAV"
                ));
            }
            if channels == 0 || rate == 0 {
                return Err("the WAV has no channels or no sample rate".to_owned());
            }
            let end = if size == 0 || size == u32::MAX as usize || body + size > bytes.len() {
                bytes.len()
            } else {
                body + size
            };
            let samples = bytes[body..end]
                .chunks_exact(2)
                .map(|b| i16::from_le_bytes([b[0], b[1]]))
                .collect();
            return Ok(Pcm {
                rate,
                channels,
                samples,
            });
        }
        at = body + size + (size & 1);
    }
    Err("the WAV has no data".to_owned())
}

/// Decode a recording by its file name's ending: `.wav`, `.ogg` (Vorbis) or `.opus`.
pub fn decode_file(path: &Path) -> Result<Pcm, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    decode(&bytes, &path.to_string_lossy())
}

/// Decode a recording from its bytes; `name` says which kind it is.
pub fn decode(bytes: &[u8], name: &str) -> Result<Pcm, String> {
    let extension = std::path::Path::new(name)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    // The Ogg and Opus decoders are other people's code reading a coordinator's file: a panic
    // in one of them (symphonia 0.5 panicked on a sample rate of 0, found by fuzzing) is a
    // damaged recording, not the end of `validate` or of the speaker thread.
    let decoded = std::panic::catch_unwind(|| match extension.as_deref() {
        Some("wav") => parse_wav(bytes),
        Some("opus") => decode_opus(bytes),
        Some("ogg") => decode_vorbis(bytes),
        _ => Err("a recording must be .wav, .ogg (Vorbis) or .opus".to_owned()),
    });
    decoded
        .unwrap_or_else(|_| Err("the recording is damaged: its decoder stopped on it".to_owned()))
}

fn decode_opus(bytes: &[u8]) -> Result<Pcm, String> {
    let mut reader = opus_pure::OggOpusReader::new(std::io::Cursor::new(bytes))
        .map_err(|e| format!("not an Ogg Opus file: {e}"))?;
    let head = reader.head().clone();
    let channels = usize::from(head.channel_count);
    if channels == 0 || channels > 2 {
        return Err(format!(
            "the recording has {channels} channels; use mono or stereo"
        ));
    }
    let rate = 48_000;
    // The header's output gain and the encoder's delay are honoured (RFC 7845).
    let damaged = |e: opus_pure::Error| format!("the Opus recording is damaged: {e}");
    let mut decoder = head.decoder(rate).map_err(damaged)?;
    let mut trim = opus_pure::Trim::new(&head, rate, channels).map_err(damaged)?;
    let mut block = vec![0.0f32; opus_pure::MAX_PACKET_SAMPLES * channels];
    let mut samples: Vec<i16> = Vec::new();
    for packet in reader.packets() {
        let packet = packet.map_err(damaged)?;
        let n = decoder
            .decode(&packet.data, opus_pure::MAX_PACKET_SAMPLES, &mut block)
            .map_err(damaged)?;
        samples.extend(
            trim.keep(&packet, &block[..n * channels])
                .iter()
                .map(|s| (s.clamp(-1.0, 1.0) * 32_767.0).round() as i16),
        );
        if samples.len() > MAX_SAMPLES {
            return Err(too_long(rate as u32, channels as u16));
        }
    }
    Ok(Pcm {
        rate: rate as u32,
        channels: channels as u16,
        samples,
    })
}

/// The most sound a recording may decode to: 10 minutes of 48 kHz mono (58 MB of 16-bit
/// samples; a stereo recording half as long). It was 30 minutes of 48 kHz stereo, 345 MB,
/// which the audio fuzz target reached from a file of a few kilobytes (silent Opus packets).
const MAX_SAMPLES: usize = 10 * 60 * 48_000;

fn too_long(rate: u32, channels: u16) -> String {
    let per_minute = (u64::from(rate) * u64::from(channels.max(1)) * 60).max(1);
    format!(
        "the recording is too long: at most {} minutes at its rate and channels; split it, \
         or record in mono",
        MAX_SAMPLES as u64 / per_minute
    )
}

fn decode_vorbis(bytes: &[u8]) -> Result<Pcm, String> {
    use symphonia::core::audio::SampleBuffer;
    use symphonia::core::codecs::{CODEC_TYPE_NULL, DecoderOptions};
    use symphonia::core::formats::FormatOptions;
    use symphonia::core::io::MediaSourceStream;
    use symphonia::core::meta::MetadataOptions;
    use symphonia::core::probe::Hint;

    let source = MediaSourceStream::new(
        Box::new(std::io::Cursor::new(bytes.to_vec())),
        symphonia::core::io::MediaSourceStreamOptions::default(),
    );
    let mut hint = Hint::new();
    hint.with_extension("ogg");
    // Only the Ogg reader: symphonia's default probe also tries its WAV, MP4, MKV… readers on
    // whatever is inside, and its WAV reader panicked on a sample rate of 0.
    let mut probe = symphonia::core::probe::Probe::default();
    probe.register_all::<symphonia::default::formats::OggReader>();
    let probed = probe
        .format(
            &hint,
            source,
            &FormatOptions::default(),
            &MetadataOptions::default(),
        )
        .map_err(|e| format!("not an Ogg Vorbis file: {e}"))?;
    let mut format = probed.format;
    let track = format
        .tracks()
        .iter()
        .find(|t| t.codec_params.codec != CODEC_TYPE_NULL)
        .ok_or_else(|| "the Ogg file has no sound in it".to_owned())?;
    let track_id = track.id;
    let mut decoder = symphonia::default::get_codecs()
        .make(&track.codec_params, &DecoderOptions::default())
        .map_err(|e| format!("the recording cannot be decoded (Vorbis expected): {e}"))?;
    let mut pcm = Pcm::default();
    loop {
        let packet = match format.next_packet() {
            Ok(p) => p,
            Err(symphonia::core::errors::Error::IoError(e))
                if e.kind() == std::io::ErrorKind::UnexpectedEof =>
            {
                break;
            }
            Err(e) => return Err(format!("the recording is damaged: {e}")),
        };
        if packet.track_id() != track_id {
            continue;
        }
        let samples = decoder
            .decode(&packet)
            .map_err(|e| format!("the recording is damaged: {e}"))?;
        let spec = *samples.spec();
        pcm.rate = spec.rate;
        pcm.channels = spec.channels.count() as u16;
        let mut buffer = SampleBuffer::<i16>::new(samples.capacity() as u64, spec);
        buffer.copy_interleaved_ref(samples);
        pcm.samples.extend_from_slice(buffer.samples());
        if pcm.samples.len() > MAX_SAMPLES {
            return Err(too_long(pcm.rate, pcm.channels));
        }
    }
    if pcm.samples.is_empty() {
        return Err("the recording is silent or empty".to_owned());
    }
    Ok(pcm)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wav_round_trip_and_volume() {
        let mut pcm = Pcm {
            rate: 22_050,
            channels: 1,
            samples: vec![0, 1000, -1000, 32_000],
        };
        assert_eq!(parse_wav(&pcm.wav()), Ok(pcm.clone()));
        pcm.scale(0.5);
        assert_eq!(pcm.samples, vec![0, 500, -500, 16_000]);
        assert_eq!(pcm.peak(), 16_000);
    }

    #[test]
    fn a_streamed_wav_runs_to_the_end() {
        let pcm = Pcm {
            rate: 22_050,
            channels: 1,
            samples: vec![7; 100],
        };
        let mut bytes = pcm.wav();
        // espeak-ng --stdout: unknown sizes.
        bytes[4..8].copy_from_slice(&u32::MAX.to_le_bytes());
        bytes[40..44].copy_from_slice(&u32::MAX.to_le_bytes());
        assert_eq!(parse_wav(&bytes).map(|p| p.samples.len()), Ok(100));
    }

    #[test]
    fn broken_recordings_are_explained() {
        assert!(decode(b"hello", "a.wav").is_err());
        assert!(decode(b"OggS broken", "a.ogg").is_err());
        assert!(decode(b"OggS broken", "a.opus").is_err());
        assert!(decode(b"", "a.mp3").is_err_and(|e| e.contains(".wav, .ogg")));
    }

    #[test]
    fn a_wav_inside_an_ogg_name_is_refused_not_a_panic() {
        // Found by the audio fuzz target: a WAV with a sample rate of 0, named .ogg, made
        // symphonia's default probe pick its WAV reader, which panicked.
        let mut wav = Pcm {
            rate: 8_000,
            channels: 1,
            samples: vec![1, 2, 3, 4],
        }
        .wav();
        wav[24..28].copy_from_slice(&0u32.to_le_bytes());
        let mut named_ogg = b"OggS".to_vec();
        named_ogg.extend_from_slice(&wav);
        for bytes in [&wav, &named_ogg] {
            assert!(decode(bytes, "a.ogg").is_err());
        }
        assert!(decode(&wav, "a.wav").is_err_and(|e| e.contains("no sample rate")));
    }

    #[test]
    fn the_longest_recording_is_said_in_minutes() {
        assert!(too_long(48_000, 1).contains("at most 10 minutes"));
        assert!(too_long(48_000, 2).contains("at most 5 minutes"));
        assert!(too_long(0, 0).contains("minutes"));
    }
}
