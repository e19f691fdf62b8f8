//! Han characters in the forms their readers expect: the text engine picks one face for Han
//! whatever the language, so Japanese, Korean and Traditional Chinese text is given its
//! regional Noto CJK face (when the font set has it), told apart by its own letters.

/// The Noto CJK face whose glyph forms a text's own letters call for: Japanese (it has kana)
/// gets Noto Sans CJK JP, Korean (Hangul) Noto Sans CJK KR and Traditional Chinese (one of
/// its common traditional-only characters) Noto Sans CJK TC, so their Han characters take
/// Japanese, Korean or Traditional forms, not the mainland ones the text engine picks for
/// Han by default. None when the text has none of them, or the face is not in the font set.
pub fn regional_cjk_family(text: &str) -> Option<&'static str> {
    let mut kana = false;
    let mut hangul = false;
    for c in text.chars() {
        match u32::from(c) {
            0x3040..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F => kana = true,
            0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => hangul = true,
            _ => {}
        }
    }
    let family = if kana {
        "Noto Sans CJK JP"
    } else if hangul {
        "Noto Sans CJK KR"
    } else if text.chars().any(|c| TRADITIONAL_ONLY.contains(c)) {
        "Noto Sans CJK TC"
    } else {
        return None;
    };
    has_family(family).then_some(family)
}

/// Very common characters written only in Traditional Chinese (their simplified forms differ:
/// 這/这, 們/们, 國/国 …): a Han text with one of them is Traditional Chinese, and takes the TC
/// face's forms.
const TRADITIONAL_ONLY: &str = "這們來說國會個時對學發動過還從裡機關現點開問題經頭實際種義\
    長樣話愛讓認識權務與為無業區應難變條眾歲專書員產處熱買賣錢鐵電視聽歡親語觀辦議\
    護戰爭總統選舉軍標準華連進運遠達邊農記講請讀資質體驗計設";

/// Whether the text engine has a face of `family` (asked once per family and process: the
/// configured folders are loaded before the first frame).
fn has_family(family: &'static str) -> bool {
    static KNOWN: std::sync::Mutex<Vec<(&'static str, bool)>> = std::sync::Mutex::new(Vec::new());
    if let Some(known) = KNOWN
        .lock()
        .ok()
        .and_then(|k| k.iter().find(|(f, _)| *f == family).map(|(_, has)| *has))
    {
        return known;
    }
    let system = iced::advanced::graphics::text::font_system();
    let has = system.write().is_ok_and(|mut s| {
        s.raw()
            .db()
            .faces()
            .any(|face| face.families.iter().any(|(name, _)| name == family))
    });
    if let Ok(mut known) = KNOWN.lock() {
        known.push((family, has));
    }
    has
}
