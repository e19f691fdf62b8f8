use super::*;

/// A two-language EXAMPLE heat warning (English and Arabic).
const HEAT: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
  <identifier>EXAMPLE-HEAT-2026-001</identifier>
  <sender>alerts@example.org</sender>
  <sent>2026-07-14T08:00:00+03:00</sent>
  <status>Actual</status>
  <msgType>Alert</msgType>
  <source>Example weather desk</source>
  <scope>Public</scope>
  <code>EXAMPLE</code>
  <info>
    <language>en-US</language>
    <category>Met</category>
    <category>Health</category>
    <event>Heat warning</event>
    <responseType>Prepare</responseType>
    <urgency>Expected</urgency>
    <severity>Severe</severity>
    <certainty>Likely</certainty>
    <eventCode><valueName>EXAMPLE</valueName><value>HEAT</value></eventCode>
    <effective>2026-07-14T08:00:00+03:00</effective>
    <onset>2026-07-14T12:00:00+03:00</onset>
    <expires>2026-07-15T20:00:00+03:00</expires>
    <senderName>Example City Alerts</senderName>
    <headline>Heat warning for Example City</headline>
    <description>
      Temperatures up to 45 &#xB0;C are expected.
      Stay out of the sun between 11:00 &amp; 16:00.
    </description>
    <instruction>Drink plenty of water. In an emergency call 112.</instruction>
    <web>https://alerts.example.org/heat</web>
    <contact>alerts@example.org</contact>
    <parameter><valueName>EXAMPLE_LEVEL</valueName><value>3</value></parameter>
    <resource><resourceDesc>Map</resourceDesc><mimeType>image/png</mimeType></resource>
    <area>
      <areaDesc>Old Town</areaDesc>
      <polygon>32.0,35.0 32.1,35.0 32.1,35.1 32.0,35.0</polygon>
      <geocode><valueName>EXAMPLE</valueName><value>01</value></geocode>
    </area>
    <area><areaDesc>Harbour district</areaDesc><circle>32.05,34.95 2.0</circle></area>
  </info>
  <info>
    <language>ar</language>
    <category>Met</category>
    <event>موجة حر</event>
    <urgency>Expected</urgency>
    <severity>Extreme</severity>
    <certainty>Likely</certainty>
    <expires>2026-07-15T22:00:00+03:00</expires>
    <headline>تحذير من موجة حر</headline>
    <description>من المتوقع أن تصل درجات الحرارة إلى 45 درجة مئوية.</description>
    <instruction>اشربوا الكثير من الماء. في حالة الطوارئ اتصلوا بالرقم 112.</instruction>
    <area><areaDesc>المدينة القديمة</areaDesc></area>
  </info>
</alert>
"#;

fn ts(s: &str) -> Timestamp {
    s.parse().unwrap_or_else(|e| panic!("{s}: {e}"))
}

/// A file the parser must accept (its refusal, if any, is the failure message).
fn parsed(bytes: &[u8]) -> Alert {
    parse(bytes).unwrap_or_else(|why| panic!("refused: {why}"))
}

/// Where `needle` is in `HEAT`.
fn at(needle: &str) -> usize {
    HEAT.find(needle)
        .unwrap_or_else(|| panic!("{needle} is not in the example"))
}

/// Checks that a refusal is one plain sentence, without Rust debug output.
fn assert_plain(message: &str) {
    assert!(!message.is_empty());
    assert!(!message.contains('\n'), "{message}");
    for bad in ["Error", "Some(", "Ok(", "{", "}", "::", ". ", "\\\""] {
        assert!(!message.contains(bad), "{bad:?} in {message}");
    }
    assert!(message.chars().count() < 300, "{message}");
}

fn refuse(input: &[u8]) -> String {
    let message = parse(input).unwrap_err();
    assert_plain(&message);
    message
}

/// A minimal alert with `infos` and `rest` inserted after <scope>.
fn minimal(rest: &str) -> String {
    format!(
        "<alert xmlns=\"{NAMESPACE}\"><identifier>EX-1</identifier>\
             <sender>alerts@example.org</sender><sent>2026-12-02T10:00:00+01:00</sent>\
             <status>Exercise</status><msgType>Alert</msgType><scope>Public</scope>\
             {rest}</alert>"
    )
}

const INFO: &str = "<info><category>Safety</category><event>Drill</event>\
        <urgency>Immediate</urgency><severity>Minor</severity><certainty>Observed</certainty></info>";

#[test]
fn parses_two_language_alert() {
    let a = parsed(HEAT.as_bytes());
    assert_eq!(a.identifier, "EXAMPLE-HEAT-2026-001");
    assert_eq!(a.sender, "alerts@example.org");
    assert_eq!(a.sent, ts("2026-07-14T05:00:00Z"));
    assert_eq!(a.status, Status::Actual);
    assert_eq!(a.msg_type, MsgType::Alert);
    assert_eq!(a.scope, "Public");
    assert!(a.references.is_empty());
    assert_eq!(a.infos.len(), 2);
    let en = &a.infos[0];
    assert_eq!(en.language, "en-US");
    assert_eq!(en.categories, ["Met", "Health"]);
    assert_eq!(en.event, "Heat warning");
    assert_eq!(en.severity, Severity::Severe);
    assert_eq!(en.onset, Some(ts("2026-07-14T09:00:00Z")));
    assert_eq!(
        en.description.as_deref(),
        Some(
            "Temperatures up to 45 °C are expected.\n      \
                 Stay out of the sun between 11:00 & 16:00."
        )
    );
    assert_eq!(en.areas, ["Old Town", "Harbour district"]);
    let ar = &a.infos[1];
    assert_eq!(ar.language, "ar");
    assert_eq!(ar.event, "موجة حر");
    assert_eq!(ar.headline.as_deref(), Some("تحذير من موجة حر"));
    assert_eq!(ar.areas, ["المدينة القديمة"]);
    assert_eq!(ar.sender_name, None);
    assert_eq!(a.severity(), Severity::Extreme);
    assert_eq!(a.expires(), Some(ts("2026-07-15T19:00:00Z")));
    assert_eq!(
        a.reference(),
        "alerts@example.org,EXAMPLE-HEAT-2026-001,2026-07-14T05:00:00+00:00"
    );
}

#[test]
fn round_trips_including_arabic_and_markup_characters() {
    let mut a = parsed(HEAT.as_bytes());
    a.infos[0].headline = Some("Heat <warning> & \"advice\" for 'Old Town'".into());
    a.infos[1].description = Some("سطر أول\nسطر ثانٍ & <ملاحظة>".into());
    a.references.push(Reference {
        sender: "alerts@example.org".into(),
        identifier: "EX-0".into(),
        sent: "2026-07-13T08:00:00+03:00".into(),
    });
    let xml = a.to_xml();
    assert!(xml.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
    assert!(xml.contains(NAMESPACE));
    assert!(xml.contains("&lt;warning&gt; &amp;"));
    assert_eq!(parsed(xml.as_bytes()), a);
    assert_eq!(parsed(xml.as_bytes()).to_xml(), xml);
}

#[test]
fn cancel_with_references() {
    let xml = format!(
        "<?xml version=\"1.0\"?>\n<alert xmlns=\"{NAMESPACE}\">\
             <identifier>EX-2</identifier><sender>alerts@example.org</sender>\
             <sent>2026-12-02T11:00:00+01:00</sent><status>Actual</status>\
             <msgType>Cancel</msgType><scope>Public</scope>\
             <references>\n  alerts@example.org,EX-1,2026-12-02T10:00:00+01:00\n  \
             other@example.org,EX-0,2026-12-01T10:00:00-05:00 </references>\
             <note>Cancelled: the danger is over.</note></alert>"
    );
    let a = parsed(xml.as_bytes());
    assert_eq!(a.msg_type, MsgType::Cancel);
    assert!(a.infos.is_empty());
    assert_eq!(
        a.references,
        [
            Reference {
                sender: "alerts@example.org".into(),
                identifier: "EX-1".into(),
                sent: "2026-12-02T10:00:00+01:00".into(),
            },
            Reference {
                sender: "other@example.org".into(),
                identifier: "EX-0".into(),
                sent: "2026-12-01T10:00:00-05:00".into(),
            },
        ]
    );
    assert_eq!(a.severity(), Severity::Unknown);
    assert_eq!(a.expires(), None);
    assert_eq!(parsed(a.to_xml().as_bytes()), a);
}

#[test]
fn update_or_cancel_without_references_refused() {
    for kind in ["Update", "Cancel"] {
        let xml = minimal("").replace("<msgType>Alert", &format!("<msgType>{kind}"));
        let message = refuse(xml.as_bytes());
        assert!(message.contains("<references>"), "{message}");
    }
    let xml = minimal("<references>alerts@example.org;EX-0</references>");
    assert!(refuse(xml.as_bytes()).contains("sender,identifier,sent"));
    let xml = minimal("<references>alerts@example.org,EX-0,yesterday</references>");
    assert!(refuse(xml.as_bytes()).contains("yesterday"));
}

#[test]
fn prefixed_namespace_accepted() {
    let xml = format!(
        "<cap:alert xmlns:cap=\"{NAMESPACE}\" xmlns:x=\"urn:example:extra\">\
             <cap:identifier>EX-3</cap:identifier><cap:sender>alerts@example.org</cap:sender>\
             <cap:sent>2026-12-02T10:00:00+01:00</cap:sent><cap:status>Test</cap:status>\
             <cap:msgType>Alert</cap:msgType><cap:scope>Public</cap:scope>\
             <x:identifier>not this one</x:identifier>\
             <cap:info><cap:category>Other</cap:category><cap:event>Test</cap:event>\
             <cap:urgency>Unknown</cap:urgency><cap:severity>minor</cap:severity>\
             <cap:certainty>Unknown</cap:certainty></cap:info></cap:alert>"
    );
    let a = parsed(xml.as_bytes());
    assert_eq!(a.identifier, "EX-3");
    assert_eq!(a.status, Status::Test);
    assert_eq!(a.infos[0].severity, Severity::Minor);
    assert_eq!(a.infos[0].language, "en-US");
    assert_eq!(parsed(a.to_xml().as_bytes()), a);
}

#[test]
fn wrong_or_missing_namespace_refused() {
    let old = minimal("").replace(NAMESPACE, "urn:oasis:names:tc:emergency:cap:1.1");
    let message = refuse(old.as_bytes());
    assert!(
        message.contains("urn:oasis:names:tc:emergency:cap:1.1"),
        "{message}"
    );
    let none = minimal("").replace(&format!(" xmlns=\"{NAMESPACE}\""), "");
    assert!(refuse(none.as_bytes()).contains("no namespace"));
    let undeclared = "<cap:alert><cap:identifier>x</cap:identifier></cap:alert>";
    assert!(refuse(undeclared.as_bytes()).contains("\"cap\""));
    let other = format!("<feed xmlns=\"{NAMESPACE}\"/>");
    assert!(refuse(other.as_bytes()).contains("<feed>"));
}

#[test]
fn missing_required_elements_refused() {
    let xml = minimal(INFO).replace("<identifier>EX-1</identifier>", "");
    assert_eq!(refuse(xml.as_bytes()), "the alert has no <identifier>");
    let xml = minimal(INFO).replace("<scope>Public</scope>", "");
    assert_eq!(refuse(xml.as_bytes()), "the alert has no <scope>");
    let xml = minimal(INFO).replace("<identifier>EX-1<", "<identifier> <");
    assert_eq!(refuse(xml.as_bytes()), "the <identifier> is empty");
    let xml = minimal(&format!(
        "{INFO}{}",
        INFO.replace("<event>Drill</event>", "")
    ));
    assert_eq!(refuse(xml.as_bytes()), "the <info> block 2 has no <event>");
    let xml = minimal(&INFO.replace("<category>Safety</category>", ""));
    assert_eq!(
        refuse(xml.as_bytes()),
        "the <info> block 1 has no <category>"
    );
    let xml = minimal(&INFO.replace("Minor", "Catastrophic"));
    assert!(refuse(xml.as_bytes()).contains("\"Catastrophic\""));
    let xml = minimal(INFO).replace("Exercise", "Rehearsal");
    assert!(refuse(xml.as_bytes()).contains("<status>"));
    let xml = minimal(INFO).replace("<msgType>Alert", "<msgType>Warning");
    assert!(refuse(xml.as_bytes()).contains("<msgType>"));
    let xml = minimal("<identifier>EX-2</identifier>");
    assert_eq!(
        refuse(xml.as_bytes()),
        "the alert has more than one <identifier>"
    );
    assert!(refuse(b"<!-- nothing -->").contains("no CAP <alert>"));
}

#[test]
fn bad_times_refused() {
    let xml = minimal(INFO).replace("2026-12-02T10:00:00+01:00", "yesterday");
    assert_eq!(
        refuse(xml.as_bytes()),
        "the <sent> time \"yesterday\" is not a CAP time like 2026-12-02T10:00:00+01:00"
    );
    let xml = minimal(INFO).replace("2026-12-02T10:00:00+01:00", "2026-12-02T10:00:00");
    assert!(refuse(xml.as_bytes()).contains("<sent>"));
    let xml = minimal(INFO).replace("2026-12-02T10:00:00+01:00", "2026-12-02\nT10:00");
    assert!(refuse(xml.as_bytes()).contains("\"2026-12-02 T10:00\""));
    let xml = minimal(INFO).replace("2026-12-02T10:00:00+01:00", &"9".repeat(500));
    assert!(refuse(xml.as_bytes()).contains("9…\""));
    let info = INFO.replace(
        "</info>",
        "<expires>2026-13-40T10:00:00+01:00</expires></info>",
    );
    assert!(refuse(minimal(&info).as_bytes()).contains("<expires>"));
}

#[test]
fn minus_zero_offset_and_fractions_accepted() {
    let xml = minimal(INFO).replace("2026-12-02T10:00:00+01:00", "2026-12-02T09:00:00-00:00");
    let a = parsed(xml.as_bytes());
    assert_eq!(a.sent, ts("2026-12-02T09:00:00Z"));
    assert_eq!(format_time(a.sent), "2026-12-02T09:00:00+00:00");
    let xml = minimal(INFO).replace("10:00:00+01:00", "10:00:00.75+01:00");
    let a = parsed(xml.as_bytes());
    assert_eq!(a.sent, ts("2026-12-02T09:00:00Z"));
    assert_eq!(parsed(a.to_xml().as_bytes()), a);
}

#[test]
fn text_is_unescaped_trimmed_and_normalised() {
    let info = INFO.replace(
        "</info>",
        "<language></language><headline>  <![CDATA[Fire <drill> & more]]> &lt;now&gt; </headline>\
             <description>\r\n  line one\r\n  line two &#x5D0;&#1488;\r\n</description>\
             <instruction>   </instruction><web/></info>",
    );
    let a = parsed(minimal(&info).as_bytes());
    let i = &a.infos[0];
    assert_eq!(i.language, "en-US");
    assert_eq!(i.headline.as_deref(), Some("Fire <drill> & more <now>"));
    assert_eq!(i.description.as_deref(), Some("line one\n  line two אא"));
    assert_eq!(i.instruction, None);
    assert_eq!(i.web, None);
    assert_eq!(parsed(a.to_xml().as_bytes()), a);
}

#[test]
fn doctype_refused() {
    let xml = format!(
        "<?xml version=\"1.0\"?>\n<!DOCTYPE alert [<!ENTITY boom \"boom\">]>\n{}",
        minimal(INFO)
    );
    assert_eq!(
        refuse(xml.as_bytes()),
        "the alert contains a DOCTYPE, which CAP files never need"
    );
    let xml = minimal(&INFO.replace("Drill", "&boom;"));
    assert!(refuse(xml.as_bytes()).contains("&boom;"));
}

#[test]
fn deep_nesting_refused_quickly() {
    // <alert> plus 15 levels is 16 deep: accepted.
    let ok = minimal(&format!("{}{}{INFO}", "<x>".repeat(15), "</x>".repeat(15)));
    assert!(parse(ok.as_bytes()).is_ok());
    // 17 deep, followed by as many opening tags as fit: refused at once.
    let mut deep = minimal(&"<x>".repeat(16));
    deep.push_str(&"<y>".repeat((MAX_BYTES - deep.len()) / 3));
    assert!(deep.len() <= MAX_BYTES);
    let message = refuse(deep.as_bytes());
    assert!(message.contains("more than 16 deep"), "{message}");
}

#[test]
/// Big inputs of many small elements parse (their speed is for `cargo bench`, not for a
/// test: machines are shared).
fn large_files_parse() {
    let long_ns = "u".repeat(100_000);
    let mut inputs = Vec::new();
    for unit in ["<x><y/></x>", "<z:a/>", "<!-- c --><x a=\"1\" b='2'>t</x>"] {
        let mut body = String::new();
        while body.len() < MAX_BYTES - 101_000 {
            body.push_str(unit);
        }
        let xml = minimal(&format!("<z:w xmlns:z=\"{long_ns}\">{body}</z:w>{INFO}"));
        assert!(xml.len() <= MAX_BYTES);
        inputs.push(xml);
    }
    for xml in inputs {
        assert!(parse(xml.as_bytes()).is_ok());
    }
}

#[test]
fn too_many_infos_refused() {
    assert_eq!(parsed(minimal(&INFO.repeat(64)).as_bytes()).infos.len(), 64);
    assert_eq!(
        refuse(minimal(&INFO.repeat(65)).as_bytes()),
        "the alert has more than 64 <info> blocks"
    );
}

#[test]
fn long_text_refused() {
    let info = INFO.replace(
        "</info>",
        &format!("<description>{}</description></info>", "a".repeat(MAX_TEXT)),
    );
    assert!(parse(minimal(&info).as_bytes()).is_ok());
    let info = INFO.replace(
        "</info>",
        &format!(
            "<description>{}</description></info>",
            "ب".repeat(MAX_TEXT + 1)
        ),
    );
    assert_eq!(
        refuse(minimal(&info).as_bytes()),
        "the <description> is longer than 8000 characters"
    );
}

#[test]
fn oversized_input_refused() {
    let mut big = minimal(INFO).into_bytes();
    big.resize(MAX_BYTES + 1, b' ');
    assert_eq!(refuse(&big), "the alert file is larger than 256 KB");
}

#[test]
fn truncated_xml_refused_with_line_number() {
    let in_tag = at("<urgency>Expected</urgency>\n    <severity>Extreme") + 3;
    let message = refuse(&HEAT.as_bytes()[..in_tag]);
    assert!(message.contains("line 46"), "{message}");
    let in_text = at("<description>من") + "<description>".len();
    let message = refuse(&HEAT.as_bytes()[..in_text]);
    assert!(
        message.contains("line 51") && message.contains("<description>"),
        "{message}"
    );
    let mismatched = minimal(INFO).replace("</scope>", "</scop>");
    assert!(refuse(mismatched.as_bytes()).contains("line 1"));
    let stray = minimal(INFO).replace("EX-1", "EX & 1");
    assert!(refuse(stray.as_bytes()).contains("line 1"));
    let trailing = format!("{}\n<alert/>", minimal(INFO));
    assert!(refuse(trailing.as_bytes()).contains("after its </alert>"));
}

#[test]
fn garbage_refused() {
    let message = refuse(&[0xff, 0xfe, 0x00, 0x80, 0xc3, 0x28, b'<', 0x9f]);
    assert!(message.contains("not UTF-8"), "{message}");
    assert!(refuse(b"").contains("no CAP <alert>"));
    assert!(refuse(b"just some words").contains("text outside"));
    assert!(refuse(b"<alert").contains("line 1"));
}

#[test]
fn severity_is_ordered_and_enums_spell_cap() {
    assert!(Severity::Unknown < Severity::Minor);
    assert!(Severity::Severe < Severity::Extreme);
    assert_eq!(Severity::from_cap("EXTREME"), Some(Severity::Extreme));
    assert_eq!(Status::Exercise.as_str(), "Exercise");
    assert_eq!(MsgType::Ack.as_str(), "Ack");
    assert_eq!(
        format_time(ts("2026-12-02T10:00:00+01:00")),
        "2026-12-02T09:00:00+00:00"
    );
}

/// Every cut and thousands of one-byte changes of a real alert: always an answer (accepted or
/// refused with a sentence), never a panic. (Seeded, so a failure can be replayed.)
#[test]
fn damaged_files_never_panic() {
    let bytes = HEAT.as_bytes();
    for end in 0..=bytes.len() {
        let _ = parse(&bytes[..end]);
    }
    let mut seed: u64 = 0x5eed;
    let mut next = || {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (seed >> 33) as usize
    };
    let specials = [
        b'<', b'>', b'/', b'&', b';', b'"', b'\'', b':', b'=', b'!', b'?', 0xFF, 0,
    ];
    for _ in 0..5_000 {
        let mut damaged = bytes.to_vec();
        for _ in 0..=(next() % 3) {
            let at = next() % damaged.len();
            damaged[at] = specials[next() % specials.len()];
        }
        if let Err(why) = parse(&damaged) {
            assert!(!why.is_empty() && !why.contains("Error("), "{why}");
        }
    }
}
