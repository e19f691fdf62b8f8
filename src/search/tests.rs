use super::*;

fn same(a: &str, b: &str) {
    assert_eq!(fold(a), fold(b), "{a} and {b} should fold alike");
}

fn differ(a: &str, b: &str) {
    assert_ne!(fold(a), fold(b), "{a} and {b} should stay apart");
}

#[test]
fn latin_greek_cyrillic_case_and_accents() {
    same("Lawyer", "LAWYER");
    same("résumé", "RESUME");
    same("Straße", "strasse");
    same("ÇOCUK", "çocuk");
    same("ılık", "ILIK");
    same("İstanbul", "istanbul");
    same("São Tomé", "sao tome");
    same("Øresund", "oresund");
    same("cœur", "coeur");
    same("Αθήνα", "αθηνα");
    same("ΟΔΟΣ", "οδός"); // final sigma
    same("Київ", "киів"); // ї folds to і, as people type without the dots
    same("ёлка", "елка");
    differ("lawyer", "layer");
}

#[test]
fn arabic_script_variants_harakat_tatweel_hamza() {
    same("محامى", "محامي"); // alef maqsura and yeh
    same("محامی", "محامي"); // Persian yeh
    same("كتاب", "کتاب"); // Arabic and Persian kaf
    same("مدرسة", "مدرسه"); // teh marbuta and heh
    same("أحمد", "احمد");
    same("إسلام", "اسلام");
    same("آمنة", "امنه");
    same("سُؤال", "سوال");
    same("مُحَامٍ", "محام");
    same("مـحـامـي", "محامي"); // tatweel
    same("می‌خواهم", "میخواهم"); // zero-width non-joiner
    same("ہسپتال", "هسپتال"); // Urdu heh goal
    same("ے", "ي"); // Urdu yeh barree
    differ("محامي", "محاسب");
}

#[test]
fn digits_of_every_script_are_ascii() {
    same("١١٢", "112");
    same("۱۱۲", "112");
    same("१११", "111");
    same("১১২", "112");
    same("１１２", "112");
}

#[test]
fn ethiopic_keeps_its_syllables_and_folds_homophones() {
    same("ጠበቃ", "ጠበቃ");
    same("ሐኪም", "ሀኪም"); // ሐ and ሀ
    same("ሠራተኛ", "ሰራተኛ");
    same("ዐይን", "አይን");
    same("ፀሐይ", "ጸሀይ");
    differ("ጠበቃ", "ጠበቀ");
    differ("ለ", "ሉ"); // vowel orders stay different letters
}

#[test]
fn indic_vowel_signs_are_kept() {
    differ("कि", "क");
    differ("কি", "ক");
    same("वकील", "वकील");
}

#[test]
fn words_chinese_characters_and_pinyin() {
    let all = tokens("Free 律师 advice");
    let words: Vec<&str> = all
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.folded.as_str())
        .collect();
    assert_eq!(words, ["free", "advice"]);
    let han: Vec<&str> = all
        .iter()
        .filter(|t| t.kind == TokenKind::Han)
        .map(|t| t.folded.as_str())
        .collect();
    assert_eq!(han, ["律", "师"]);
    let pinyin: Vec<&str> = all
        .iter()
        .filter(|t| t.kind == TokenKind::Pinyin)
        .map(|t| t.folded.as_str())
        .collect();
    for reading in ["lushi", "lvshi", "lu", "shi"] {
        assert!(pinyin.contains(&reading), "{reading} in {pinyin:?}");
    }
    let lushi = all.iter().find(|t| t.folded == "lushi");
    assert_eq!(
        lushi.map(|t| &"Free 律师 advice"[t.range.clone()]),
        Some("律师")
    );
}

#[test]
fn the_index_reads_the_same_words_as_a_query() {
    for text in [
        "Free legal-aid desk, by appointment: LAWYER é résumé 112",
        "مكتب المساعدة القانونية المجانية، يقدّمها محامي المكتب",
        "ጠበቃ ነፃ ምክር",
        "服务台的律师免费 advice",
        "ติดต่อทนายความฟรี",
        "Straße ΟΔΟΣ Київ",
    ] {
        let mut fast = Vec::new();
        fold::for_each_word(text, |w, k| fast.push((w.to_owned(), k)));
        let slow: Vec<(String, TokenKind)> = tokens(text)
            .into_iter()
            .map(|t| (t.folded, t.kind))
            .collect();
        assert_eq!(fast, slow, "{text}");
    }
}

#[test]
fn thai_is_cut_into_words() {
    // "ทนายความ" (lawyer) inside a sentence without spaces.
    let all = tokens("ติดต่อทนายความฟรี");
    let words: Vec<&str> = all.iter().map(|t| t.folded.as_str()).collect();
    assert!(words.len() >= 3, "{words:?}");
    assert!(words.iter().any(|w| w.starts_with("ทนาย")), "{words:?}");
}

#[test]
fn arabic_article_gives_a_twin() {
    let all: Vec<String> = tokens("المحامي").into_iter().map(|t| t.folded).collect();
    assert_eq!(all, ["محامي", "المحامي"]);
    let query = Query::new("المحامي");
    assert_eq!(query.terms.len(), 1);
    assert_eq!(query.terms[0].folded, "محامي");
}

#[test]
fn one_mistake_in_longer_words() {
    assert!(within_one("lawer", "lawyer")); // missing letter
    assert!(within_one("lawyyer", "lawyer")); // extra letter
    assert!(within_one("lawyar", "lawyer")); // wrong letter
    assert!(within_one("lwayer", "lawyer")); // swapped
    assert!(within_one("lawer", "lawyers")); // while typing
    assert!(!within_one("lwaer", "lawyer")); // two mistakes
    assert!(!within_one("bawer", "lawyer")); // first letter
    let term = |t: &str| Term {
        folded: fold(t),
        han: false,
    };
    assert_eq!(Query::quality(&term("lawyer"), "lawyer"), 3);
    assert_eq!(Query::quality(&term("law"), "lawyer"), 2);
    assert_eq!(Query::quality(&term("lawer"), "lawyer"), 1);
    // Short words are not forgiven: "cat" must not find "car".
    assert_eq!(Query::quality(&term("cat"), "car"), 0);
}

mod index {
    use super::super::*;
    use crate::content::{Content, Kind};
    use crate::lang::Lang;

    fn built_in() -> Content {
        let loaded = crate::content::load_embedded(&crate::content::Options::default());
        match loaded.content {
            Some(content) => content,
            None => panic!("built-in content: {:?}", loaded.diagnostics),
        }
    }

    fn lang(tag: &str) -> Lang {
        Lang::parse(tag).unwrap_or_else(|| panic!("{tag}"))
    }

    fn find(content: &Content, index: &Index, text: &str, langs: &[&str]) -> Vec<String> {
        let langs: Vec<Lang> = langs.iter().map(|t| lang(t)).collect();
        index
            .search(&Query::new(text), &langs, |_| true)
            .iter()
            .map(|hit| format!("{}@{}", content.items[hit.item].id, hit.lang))
            .collect()
    }

    #[test]
    fn the_legal_aid_desk_in_every_script() {
        let content = built_in();
        let index = Index::build(&content);
        for (query, langs, lang) in [
            ("lawer", &["en"][..], "en"),
            ("LAWYER", &["en"], "en"),
            ("محامى", &["ar", "en"], "ar"),
            ("المحامي", &["ar", "en"], "ar"),
            ("ጠበቃ", &["am", "en"], "am"),
            ("律师", &["zh-Hans", "en"], "zh-Hans"),
            ("lushi", &["zh-Hans", "en"], "zh-Hans"),
            ("lvshi", &["zh-Hans", "en"], "zh-Hans"),
            // An English word typed by an Arabic reader is found in the English text (the
            // kiosk then opens the item in Arabic: see tests/search.rs).
            ("lawyer", &["ar", "en"], "en"),
        ] {
            let found = find(&content, &index, query, langs);
            let want = format!("services/legal-aid@{lang}");
            assert!(
                found.iter().take(3).any(|f| *f == want),
                "{query}: {found:?}"
            );
        }
    }

    #[test]
    fn every_term_must_match_and_nothing_is_nothing() {
        let content = built_in();
        let index = Index::build(&content);
        assert!(find(&content, &index, "lawyer zzzzqq", &["en"]).is_empty());
        assert!(find(&content, &index, "", &["en"]).is_empty());
        assert!(find(&content, &index, "   ", &["en"]).is_empty());
        // Two Chinese characters that both occur but never side by side find nothing.
        assert!(find(&content, &index, "师律", &["zh-Hans"]).is_empty());
        let both = find(&content, &index, "free 112", &["en"]);
        assert!(
            both.iter().any(|f| f.starts_with("contacts/emergency-112")),
            "{both:?}"
        );
    }

    #[test]
    fn facts_are_searched_and_hidden_items_are_not_shown() {
        let content = built_in();
        let index = Index::build(&content);
        let job = content
            .items
            .iter()
            .position(|i| i.id.kind == Kind::Jobs)
            .unwrap_or_default();
        let Facts::Job(facts) = &content.items[job].facts else {
            panic!("not a job");
        };
        let employer = facts.employer.clone();
        let query = Query::new(&employer);
        let hits = index.search(&query, &[lang("en")], |_| true);
        assert!(hits.iter().any(|h| h.item == job), "{employer}");
        let hidden = index.search(&query, &[lang("en")], |i| i != job);
        assert!(!hidden.iter().any(|h| h.item == job));
    }

    #[test]
    fn snippets_mark_the_match() {
        let content = built_in();
        let index = Index::build(&content);
        let query = Query::new("lawer");
        let hits = index.search(&query, &[lang("en")], |_| true);
        let hit = hits
            .iter()
            .find(|h| content.items[h.item].id.slug == "legal-aid")
            .cloned();
        let Some(text) = hit.and_then(|h| text_of(&content, &h)) else {
            panic!("legal aid not found");
        };
        let cut = snippet(text, &query);
        let marked: Vec<&str> = cut.marks.iter().map(|r| &cut.text[r.clone()]).collect();
        assert_eq!(marked, ["lawyer"], "{cut:?}");
        let arabic = Query::new("محامى");
        let Some(text) = content
            .items
            .iter()
            .find(|i| i.id.slug == "legal-aid" && i.id.kind == Kind::Services)
            .and_then(|i| i.texts.get(&lang("ar")))
        else {
            panic!("no Arabic legal aid");
        };
        let cut = snippet(text, &arabic);
        let marked: Vec<&str> = cut.marks.iter().map(|r| &cut.text[r.clone()]).collect();
        assert_eq!(marked, ["محامي"], "{cut:?}");
    }
}
