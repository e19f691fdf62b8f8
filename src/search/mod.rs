//! Search over every item of a bundle, in every language, built once off the UI thread and
//! asked on every keystroke. No GUI types here.
//!
//! Each language has a sorted vocabulary of folded words, each with the items (title or body)
//! it occurs in. A query is folded and cut the same way; each of its terms must match (all
//! terms, so a second word narrows): a word equal to the term, a word it begins (the visitor
//! is still typing), or — for terms of five letters or more — a word within one typing
//! mistake of it (a letter missing, extra, wrong, or two swapped). Chinese characters match
//! one by one and in order, and their pinyin matches as words. Results rank title over body,
//! exact over begun over mistyped, the visitor's language over the bundle's default.

pub mod fold;
mod snippet;
#[cfg(test)]
mod tests;

use std::collections::HashMap;

use crate::content::markdown::Text;
use crate::content::{Content, Facts, Item};
use crate::lang::Lang;

pub use fold::{Token, TokenKind, fold, tokens};
pub use snippet::{Snippet, snippet};

/// Shortest term (in letters) that may have one typing mistake.
pub const TYPO_FROM: usize = 5;
/// Most results shown.
pub const MAX_RESULTS: usize = 50;

/// Where a word was found.
const TITLE: u32 = 1 << 31;

/// The words of one language.
#[derive(Debug, Default)]
struct Vocabulary {
    /// Sorted by word; the postings are documents, `TITLE` set when in the title.
    words: Vec<(Box<str>, Vec<u32>)>,
}

/// One item in one language.
#[derive(Debug)]
struct Document {
    item: u32,
    /// The folded Chinese characters of the text, in order, for matching a run of them.
    han: Option<Box<str>>,
}

/// The search index of one bundle.
#[derive(Debug, Default)]
pub struct Index {
    langs: Vec<Lang>,
    vocabularies: Vec<Vocabulary>,
    documents: Vec<Document>,
}

/// One item found.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Index into `Content::items`.
    pub item: usize,
    /// The language whose words matched (the visitor's where both did).
    pub lang: Lang,
    pub score: u32,
}

/// A query, folded and cut into terms, with the words each term matched per language (for
/// marking them in snippets).
#[derive(Debug, Clone, Default)]
pub struct Query {
    pub terms: Vec<Term>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    pub folded: String,
    pub han: bool,
}

impl Query {
    pub fn new(text: &str) -> Self {
        let mut terms: Vec<Term> = Vec::new();
        let mut last = None;
        for token in tokens(text) {
            // An Arabic word comes twice, without its article first: the query keeps that
            // one, which finds the word with and without the article.
            if token.kind == TokenKind::Pinyin || last.as_ref() == Some(&token.range) {
                continue;
            }
            last = Some(token.range.clone());
            terms.push(Term {
                folded: token.folded,
                han: token.kind == TokenKind::Han,
            });
        }
        Self { terms }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// How well a folded word of a text matches a term: 3 equal, 2 begun, 1 mistyped, 0 not.
    pub fn quality(term: &Term, word: &str) -> u32 {
        if word == term.folded {
            3
        } else if term.han {
            0
        } else if word.starts_with(term.folded.as_str()) {
            2
        } else {
            u32::from(term.folded.chars().count() >= TYPO_FROM && within_one(&term.folded, word))
        }
    }
}

impl Index {
    /// Every item in every language it is written in. Facts that are words (an employer,
    /// a place, an address) count as body text in each of them.
    pub fn build(content: &Content) -> Self {
        // One language at a time: its vocabulary stays small and in cache while it grows
        // (all languages at once was 2.3 times slower on 50 languages × 2,000 items).
        let mut langs: Vec<Lang> = Vec::new();
        for item in &content.items {
            for lang in item.texts.keys() {
                if !langs.contains(lang) {
                    langs.push(lang.clone());
                }
            }
        }
        let facts: Vec<Vec<String>> = content.items.iter().map(fact_words).collect();
        // Documents are numbered language by language; each language's numbers are known
        // beforehand, so languages are indexed side by side on the machine's cores.
        let mut first_doc = Vec::with_capacity(langs.len());
        let mut total = 0u32;
        for lang in &langs {
            first_doc.push(total);
            total += content
                .items
                .iter()
                .filter(|i| i.texts.contains_key(lang))
                .count() as u32;
        }
        let threads = std::thread::available_parallelism()
            .map_or(1, std::num::NonZeroUsize::get)
            .clamp(1, 4);
        let chunk = langs.len().div_ceil(threads).max(1);
        let mut parts: Vec<(usize, Vec<Document>, Vocabulary)> = std::thread::scope(|scope| {
            let workers: Vec<_> = (0..langs.len())
                .step_by(chunk)
                .map(|from| {
                    let (langs, facts, first_doc) = (&langs, &facts, &first_doc);
                    scope.spawn(move || {
                        (from..(from + chunk).min(langs.len()))
                            .map(|l| {
                                let (documents, vocabulary) =
                                    index_language(content, &langs[l], facts, first_doc[l]);
                                (l, documents, vocabulary)
                            })
                            .collect::<Vec<_>>()
                    })
                })
                .collect();
            workers
                .into_iter()
                .flat_map(|w| w.join().unwrap_or_default())
                .collect()
        });
        parts.sort_by_key(|(l, ..)| *l);
        let mut documents = Vec::with_capacity(total as usize);
        let mut vocabularies = Vec::with_capacity(langs.len());
        for (_, docs, vocabulary) in parts {
            documents.extend(docs);
            vocabularies.push(vocabulary);
        }
        Self {
            langs,
            vocabularies,
            documents,
        }
    }

    /// Number of documents (items × languages) indexed.
    pub fn len(&self) -> usize {
        self.documents.len()
    }

    pub fn is_empty(&self) -> bool {
        self.documents.is_empty()
    }

    /// Items matching every term of `query` in any of `langs` (the visitor's language first,
    /// then the bundle's default), best first, at most [`MAX_RESULTS`]; `shown` says which
    /// items a visitor may see now (no expired job, no past event).
    pub fn search(&self, query: &Query, langs: &[Lang], shown: impl Fn(usize) -> bool) -> Vec<Hit> {
        if query.is_empty() {
            return Vec::new();
        }
        let mut best: HashMap<u32, (u32, usize)> = HashMap::new();
        for (rank, lang) in langs.iter().enumerate() {
            let Some(lang_id) = self.langs.iter().position(|l| l == lang) else {
                continue;
            };
            if langs[..rank].contains(lang) {
                continue;
            }
            for (doc, score) in self.search_language(query, lang_id) {
                let item = self.documents[doc as usize].item;
                // The visitor's own language wins a tie, and a near-tie.
                let score = score * 4 + if rank == 0 { 3 } else { 0 };
                let entry = best.entry(item).or_insert((0, rank));
                if score > entry.0 {
                    *entry = (score, rank);
                }
            }
        }
        let mut hits: Vec<Hit> = best
            .into_iter()
            .filter(|(item, _)| shown(*item as usize))
            .map(|(item, (score, rank))| Hit {
                item: item as usize,
                lang: langs[rank].clone(),
                score,
            })
            .collect();
        hits.sort_by(|a, b| b.score.cmp(&a.score).then(a.item.cmp(&b.item)));
        hits.truncate(MAX_RESULTS);
        hits
    }

    /// Documents of one language matching every term, with their scores.
    fn search_language(&self, query: &Query, lang_id: usize) -> Vec<(u32, u32)> {
        let vocabulary = &self.vocabularies[lang_id];
        let mut total: Option<HashMap<u32, u32>> = None;
        for term in &query.terms {
            let mut scores: HashMap<u32, u32> = HashMap::new();
            for (word, postings) in vocabulary.matching(term) {
                let quality = Query::quality(term, word);
                for &entry in postings {
                    let doc = entry & !TITLE;
                    let weight = if entry & TITLE != 0 { 3 } else { 1 };
                    let score = quality * weight;
                    let slot = scores.entry(doc).or_insert(0);
                    *slot = (*slot).max(score);
                }
            }
            total = Some(match total {
                None => scores,
                Some(mut so_far) => {
                    so_far.retain(|doc, score| match scores.get(doc) {
                        Some(s) => {
                            *score += s;
                            true
                        }
                        None => false,
                    });
                    so_far
                }
            });
            if total.as_ref().is_some_and(HashMap::is_empty) {
                return Vec::new();
            }
        }
        let han_run: String = query
            .terms
            .iter()
            .filter(|t| t.han)
            .map(|t| t.folded.as_str())
            .collect();
        let mut found: Vec<(u32, u32)> = total.unwrap_or_default().into_iter().collect();
        if han_run.chars().count() > 1 {
            // Chinese characters of the query must stand together, in order, in the text.
            found.retain(|(doc, _)| {
                self.documents[*doc as usize]
                    .han
                    .as_deref()
                    .is_some_and(|han| han_runs_contain(han, &query.terms))
            });
        }
        found
    }
}

/// One language's documents (numbered from `first_doc`) and vocabulary.
fn index_language(
    content: &Content,
    lang: &Lang,
    facts: &[Vec<String>],
    first_doc: u32,
) -> (Vec<Document>, Vocabulary) {
    let mut documents = Vec::new();
    let mut vocabulary: HashMap<String, Vec<u32>> = HashMap::new();
    for (item_index, item) in content.items.iter().enumerate() {
        let Some(text) = item.texts.get(lang) else {
            continue;
        };
        let doc = first_doc + documents.len() as u32;
        let mut han = String::new();
        let mut add = |piece: &str, flag: u32| {
            fold::for_each_word(piece, |folded, kind| {
                if kind == TokenKind::Han {
                    han.push_str(folded);
                }
                // Look up before inserting: no allocation for a word already seen.
                let postings = match vocabulary.get_mut(folded) {
                    Some(postings) => postings,
                    None => vocabulary.entry(folded.to_owned()).or_default(),
                };
                let entry = doc | flag;
                let seen = postings.last() == Some(&entry)
                    || (flag == 0 && postings.last() == Some(&(doc | TITLE)));
                if !seen {
                    postings.push(entry);
                }
            });
            han.push(' ');
        };
        add(&text.title, TITLE);
        for piece in text
            .body
            .texts()
            .chain(facts[item_index].iter().map(String::as_str))
        {
            add(piece, 0);
        }
        let han = (!han.trim().is_empty()).then(|| han.into_boxed_str());
        documents.push(Document {
            item: item_index as u32,
            han,
        });
    }
    let mut words: Vec<(Box<str>, Vec<u32>)> = vocabulary
        .into_iter()
        .map(|(word, postings)| (word.into_boxed_str(), postings))
        .collect();
    words.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    (documents, Vocabulary { words })
}

/// Whether each run of consecutive Han terms of the query appears, in order, in `han`.
fn han_runs_contain(han: &str, terms: &[Term]) -> bool {
    let mut run = String::new();
    for term in terms.iter().chain([&Term {
        folded: String::new(),
        han: false,
    }]) {
        if term.han {
            run.push_str(&term.folded);
        } else {
            if run.chars().count() > 1 && !han.contains(run.as_str()) {
                return false;
            }
            run.clear();
        }
    }
    true
}

impl Vocabulary {
    /// The words a term can match, with their postings.
    fn matching<'a>(&'a self, term: &'a Term) -> impl Iterator<Item = (&'a str, &'a [u32])> + 'a {
        let start = self
            .words
            .partition_point(|(w, _)| w.as_ref() < term.folded.as_str());
        let begun = self.words[start..]
            .iter()
            .take_while(move |(w, _)| w.starts_with(term.folded.as_str()))
            .filter(move |(w, _)| !term.han || w.as_ref() == term.folded.as_str());
        let typo = (!term.han && term.folded.chars().count() >= TYPO_FROM)
            .then(|| {
                self.words.iter().filter(move |(w, _)| {
                    !w.starts_with(term.folded.as_str()) && within_one(&term.folded, w)
                })
            })
            .into_iter()
            .flatten();
        begun.chain(typo).map(|(w, p)| (w.as_ref(), p.as_slice()))
    }
}

/// Whether `word` begins with something at most one typing mistake from `term`: a letter
/// missing, one extra, one wrong, or two neighbours swapped (Damerau–Levenshtein ≤ 1 against
/// some prefix of `word`).
#[allow(
    clippy::many_single_char_names,
    reason = "the usual names of the edit-distance table"
)]
pub fn within_one(term: &str, word: &str) -> bool {
    let t: Vec<char> = term.chars().collect();
    let w: Vec<char> = word.chars().collect();
    if w.len() + 1 < t.len() {
        return false;
    }
    // The first letter is rarely the one mistyped and checking it keeps the scan cheap.
    if t.first() != w.first() && !(t.len() > 1 && w.len() > 1 && t[0] == w[1] && t[1] == w[0]) {
        return false;
    }
    let n = t.len();
    let m = w.len().min(n + 1);
    // Rows of the edit distance of t[..i] against w[..j]; the answer is min over j of row n.
    let mut before: Vec<usize> = (0..=m).collect();
    let mut previous: Vec<usize> = vec![0; m + 1];
    let mut current: Vec<usize> = vec![0; m + 1];
    previous.clone_from(&before);
    for i in 1..=n {
        current[0] = i;
        for j in 1..=m {
            let cost = usize::from(t[i - 1] != w[j - 1]);
            let mut d = (previous[j] + 1)
                .min(current[j - 1] + 1)
                .min(previous[j - 1] + cost);
            if i > 1 && j > 1 && t[i - 1] == w[j - 2] && t[i - 2] == w[j - 1] {
                d = d.min(before[j - 2] + 1);
            }
            current[j] = d;
        }
        if current.iter().all(|&d| d > 1) {
            return false;
        }
        std::mem::swap(&mut before, &mut previous);
        std::mem::swap(&mut previous, &mut current);
    }
    previous.iter().any(|&d| d <= 1)
}

/// Facts written as words, searched as part of the body.
fn fact_words(item: &Item) -> Vec<String> {
    let mut out = Vec::new();
    match &item.facts {
        Facts::Job(job) => {
            out.push(job.employer.clone());
            out.extend(job.place.clone());
        }
        Facts::Contact(contact) => out.extend(contact.address.clone()),
        Facts::Service(service) => out.extend(service.address.clone()),
        Facts::Event(event) => out.extend(event.place.clone()),
        Facts::Guide | Facts::Story(_) => {}
    }
    out
}

/// The text of a hit, in its matched language.
pub fn text_of<'a>(content: &'a Content, hit: &Hit) -> Option<&'a Text> {
    content.items.get(hit.item)?.texts.get(&hit.lang)
}
