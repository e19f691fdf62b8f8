//! Tests of the Markdown subset: titles and summaries, front matter, nested lists, tables,
//! limits on depth, refused invisible text and links shown with their address.

use super::*;

fn text(source: &str) -> (Option<Text>, Diagnostics) {
    let mut d = Diagnostics::new();
    let t = parse_text("guides/x.en.md", source, &mut d);
    (t, d)
}

#[test]
fn title_summary_and_blocks() {
    let (t, d) = text(
        "# Joining a union\n\nUnions **protect** workers.\n\n## What to bring\n\n\
         - your *ID*\n- a payslip\n\n1. one\n2. two\n",
    );
    assert!(d.is_empty(), "{d:?}");
    let t = t.unwrap_or_else(|| panic!("parsed"));
    assert_eq!(t.title, "Joining a union");
    assert_eq!(t.summary, "Unions protect workers.");
    assert_eq!(t.body.blocks.len(), 4);
    assert!(matches!(&t.body.blocks[0], Block::Paragraph(s) if s.len() == 3 && s[1].strong));
    assert!(
        matches!(&t.body.blocks[2], Block::List { ordered: false, items, .. } if items.len() == 2)
    );
    assert!(matches!(
        &t.body.blocks[3],
        Block::List {
            ordered: true,
            start: 1,
            ..
        }
    ));
}

#[test]
fn front_matter_is_read_and_positions_shift() {
    let (t, d) = text("+++\nmachine_translated = true\ncolour = 1\n+++\n# Titre\n\nTexte.\n");
    assert!(t.is_some_and(|t| t.machine_translated));
    let first = d.iter().next().map(ToString::to_string).unwrap_or_default();
    assert!(
        first.starts_with("guides/x.en.md:3:1: error: unknown field `colour`"),
        "{first}"
    );
}

#[test]
fn missing_title_is_an_error_at_the_first_line_of_text() {
    let (t, d) = text("Just text.\n");
    assert!(t.is_none());
    assert!(d.has_errors());
}

#[test]
fn nested_lists_keep_their_shape_and_numbers() {
    let (t, d) = text(
        "# Steps\n\n4. Bring your papers:\n   - passport\n   - payslips\n5. Wait for your name\n",
    );
    assert!(d.is_empty(), "{d:?}");
    let t = t.unwrap_or_else(|| panic!("parsed"));
    let Block::List {
        ordered: true,
        start: 4,
        items,
    } = &t.body.blocks[0]
    else {
        panic!("{:?}", t.body.blocks)
    };
    assert_eq!(
        items.len(),
        2,
        "the nested items are not counted in the outer list"
    );
    assert_eq!(plain(&items[0].spans), "Bring your papers:");
    assert!(matches!(
        &items[0].children[..],
        [Block::List { ordered: false, items: inner, .. }] if inner.len() == 2
    ));
}

#[test]
fn strikethrough_and_tables_are_kept() {
    let (t, d) =
        text("# Prices\n\nNow ~~10 euro~~ 12 euro.\n\n| Day | Open |\n|---|---|\n| Mo | 9-17 |\n");
    let t = t.unwrap_or_else(|| panic!("parsed"));
    let Block::Paragraph(spans) = &t.body.blocks[0] else {
        panic!()
    };
    assert!(spans.iter().any(|s| s.strike && s.text == "10 euro"));
    assert!(matches!(&t.body.blocks[1], Block::Table { header: true, rows } if rows.len() == 2));
    assert!(d.iter().any(|l| l.message.contains("table")));
}

#[test]
fn deep_lists_are_cut_to_the_limit_with_a_warning() {
    let mut src = String::from("# Deep\n\n");
    for depth in 0..100 {
        src.push_str(&"  ".repeat(depth));
        src.push_str("- x\n");
    }
    let (t, d) = text(&src);
    assert!(t.is_some());
    assert!(
        d.iter().any(|l| l.message.contains("nested more than")),
        "{d:?}"
    );
}

#[test]
fn invisible_titles_direction_controls_and_empty_files_are_refused() {
    let (t, d) = text("# \u{200B}\u{200F} \n\nText.\n");
    assert!(t.is_none());
    assert!(
        d.iter().any(|l| l.message.contains("no visible letters")),
        "{d:?}"
    );
    let (t, d) = text("# Call\n\nCall \u{202E}211\u{202C} now.\n");
    assert!(t.is_none());
    assert!(
        d.iter()
            .any(|l| l.to_string().contains(":3:6: error:") && l.message.contains("U+202E")),
        "{d:?}"
    );
    let (t, d) = text("\n  \n");
    assert!(t.is_none());
    assert!(
        d.iter().any(|l| l.message.contains("the file is empty")),
        "{d:?}"
    );
}

#[test]
fn links_show_their_address() {
    let (t, _) = text("# T\n\nSee [our site](https://example.org).\n");
    assert_eq!(
        t.map(|t| t.summary),
        Some("See our site (https://example.org).".to_owned())
    );
}
