//! Read-aloud during a visit: what is being read (a `Reading`), the controls' messages, and
//! the kiosk's side of the speaker — start, pause, go on, again, back, next, volume — with
//! silence on navigation, on idle reset and whenever new speech starts. The speaker itself
//! (synthesis, recordings, the one output) is `crate::speech`.

use std::path::PathBuf;
use std::time::Instant;

use iced::Task;
use iced::advanced::widget::{Id, Operation, operation};
use iced::{Rectangle, Vector};

use super::{Kiosk, Message, Route, SCROLL_ID, Session, screen};
use crate::content::{ItemId, Kind};
use crate::i18n::msg;
use crate::lang::Lang;
use crate::speech::plan::{Sentence, Spot};
use crate::speech::{Event, Source, Utterance};

/// The id of whatever shows the sentence being read (kept in view while it is read).
pub const NOW_ID: &str = "reading-now";

/// What is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Topic {
    /// A detail page: title, facts, text.
    Page(ItemId),
    /// The emergency screen: the numbers first.
    Emergency,
    /// A home tile's label.
    Tile(Kind),
    /// The idle warning's question.
    Idle,
    /// An emergency alert over the screen (its CAP reference).
    Alert(String),
}

impl Topic {
    /// May this go on being read while `route` is shown (and the idle warning is or is not)?
    fn fits(&self, route: &Route, overlay: u8, idle: bool) -> bool {
        match self {
            Topic::Idle => idle,
            // Read while the alert covers the screen (overlay 3), whatever is under it.
            Topic::Alert(_) => overlay == 3 && !idle,
            _ if overlay != 0 || idle => false,
            Topic::Page(id) => *route == Route::Detail(id.clone()),
            Topic::Emergency => *route == Route::Emergency,
            Topic::Tile(_) => *route == Route::Home,
        }
    }
}

/// One sentence to say, in its language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub lang: Lang,
    pub sentence: Sentence,
}

/// What a screen would say: its lines, or the bundle's recording of the whole text.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Script {
    pub lines: Vec<Line>,
    /// A recording wins over the synthesizer (it is played whole).
    pub recording: Option<PathBuf>,
}

/// What the visitor is listening to.
#[derive(Debug, Clone, PartialEq)]
pub struct Reading {
    /// Which reading this is (the speaker's news names it).
    pub number: u64,
    pub topic: Topic,
    /// Where each piece is on screen (none for a recording).
    pub spots: Vec<Option<Spot>>,
    /// Which bytes of the text at its spot each piece is (the sentence within a paragraph).
    pub ranges: Vec<std::ops::Range<usize>>,
    pub utterances: Vec<Utterance>,
    /// The piece being said (or, when paused, the one to go on with).
    pub current: usize,
    pub paused: bool,
}

impl Reading {
    /// Where the piece being said is shown, if it is shown.
    pub fn spot(&self) -> Option<&Spot> {
        self.spots.get(self.current).and_then(Option::as_ref)
    }

    /// Which bytes of the text at `spot()` are being said.
    pub fn range(&self) -> Option<std::ops::Range<usize>> {
        self.ranges.get(self.current).cloned()
    }
}

/// The controls shown while something is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Control {
    Pause,
    Resume,
    Stop,
    /// The sentence being said, once more.
    Again,
    Previous,
    Next,
    Quieter,
    Louder,
}

/// Volume steps, in percent.
pub const VOLUME_STEP: u8 = 10;

impl Kiosk {
    /// The volume now: the visitor's choice, else the configured default (never above the
    /// configured maximum).
    pub fn volume(&self) -> u8 {
        let max = self.settings.volume_max;
        self.session()
            .and_then(|s| s.volume)
            .unwrap_or(self.settings.volume)
            .min(max)
    }

    /// What is being read, if anything.
    pub fn reading(&self) -> Option<&Reading> {
        self.session().and_then(|s| s.reading.as_ref())
    }

    /// Can a text in `lang` be read aloud here (a voice for it, or a recording)?
    pub fn can_speak(&self, lang: &Lang) -> bool {
        self.speaker
            .as_ref()
            .is_some_and(|s| s.voices.voice(lang).is_some())
    }

    /// Start reading `topic` from its beginning (whatever was being said stops).
    pub(super) fn listen(&mut self, topic: Topic) -> Task<Message> {
        let Some(speaker) = self.speaker.clone() else {
            return Task::none();
        };
        let mut script = self.script(&topic);
        if script
            .recording
            .as_ref()
            .is_some_and(|path| self.unplayable.contains(path))
        {
            script.recording = None;
        }
        let ranges: Vec<std::ops::Range<usize>> = if script.recording.is_some() {
            std::iter::once(0..0).collect()
        } else {
            script
                .lines
                .iter()
                .filter(|line| speaker.voices.voice(&line.lang).is_some())
                .map(|line| line.sentence.range.clone())
                .collect()
        };
        let (spots, utterances): (Vec<Option<Spot>>, Vec<Utterance>) =
            if let Some(path) = script.recording {
                let text = script
                    .lines
                    .iter()
                    .map(|l| l.sentence.spoken.as_str())
                    .collect::<Vec<_>>()
                    .join(" ");
                (
                    vec![None],
                    vec![Utterance {
                        text,
                        source: Source::Recording(path),
                    }],
                )
            } else {
                script
                    .lines
                    .into_iter()
                    .filter_map(|line| {
                        let voice = speaker.voices.voice(&line.lang)?.to_owned();
                        Some((
                            Some(line.sentence.spot),
                            Utterance {
                                text: line.sentence.spoken,
                                source: Source::Voice(voice),
                            },
                        ))
                    })
                    .unzip()
            };
        if utterances.is_empty() {
            return Task::none();
        }
        self.readings += 1;
        let number = self.readings;
        let volume = self.volume();
        let Some(session) = self.session_mut() else {
            return Task::none();
        };
        speaker.say(number, utterances.clone(), 0, f32::from(volume) / 100.0);
        session.reading = Some(Reading {
            number,
            topic,
            spots,
            ranges,
            utterances,
            current: 0,
            paused: false,
        });
        keep_in_view()
    }

    /// A tap on the reading controls.
    pub(super) fn control(&mut self, control: Control) -> Task<Message> {
        let max = self.settings.volume_max;
        let volume = self.volume();
        let Some(speaker) = self.speaker.clone() else {
            return Task::none();
        };
        let Some(session) = self.session_mut() else {
            return Task::none();
        };
        match control {
            Control::Quieter | Control::Louder => {
                let next = if control == Control::Louder {
                    volume.saturating_add(VOLUME_STEP).min(max)
                } else {
                    volume.saturating_sub(VOLUME_STEP).max(VOLUME_STEP)
                };
                session.volume = Some(next);
                // Heard at once: the sentence being said starts again at the new volume.
                if let Some(reading) = &session.reading
                    && !reading.paused
                {
                    speaker.say(
                        reading.number,
                        reading.utterances.clone(),
                        reading.current,
                        f32::from(next) / 100.0,
                    );
                }
                return Task::none();
            }
            Control::Stop => {
                speaker.stop();
                session.reading = None;
                return Task::none();
            }
            _ => {}
        }
        let Some(reading) = &mut session.reading else {
            return Task::none();
        };
        match control {
            Control::Pause => {
                speaker.stop();
                reading.paused = true;
                return Task::none();
            }
            Control::Previous => reading.current = reading.current.saturating_sub(1),
            Control::Next => {
                reading.current = (reading.current + 1).min(reading.utterances.len() - 1);
            }
            Control::Resume
            | Control::Again
            | Control::Stop
            | Control::Quieter
            | Control::Louder => {}
        }
        reading.paused = false;
        speaker.say(
            reading.number,
            reading.utterances.clone(),
            reading.current,
            f32::from(volume) / 100.0,
        );
        keep_in_view()
    }

    /// News from the speaker, heard at `at`. While something is read the visitor is there,
    /// listening: the idle timer starts again with each sentence.
    pub(super) fn heard(&mut self, at: Instant, event: Event) -> Task<Message> {
        let Some(session) = self.session_mut() else {
            return Task::none();
        };
        let Some(reading) = &mut session.reading else {
            return Task::none();
        };
        match event {
            Event::Started { reading: n, index } if n == reading.number => {
                reading.current = index;
                if reading.topic != Topic::Idle {
                    self.last_input = at;
                }
                keep_in_view()
            }
            Event::Finished { reading: n } if n == reading.number => {
                session.reading = None;
                Task::none()
            }
            Event::Failed { reading: n, why } if n == reading.number => {
                let failed = reading.utterances.get(reading.current).cloned();
                let topic = reading.topic.clone();
                session.reading = None;
                let recording = match failed.map(|u| u.source) {
                    Some(Source::Recording(path)) => Some(path),
                    _ => None,
                };
                let (file, why) = match &recording {
                    Some(path) => (
                        path.display().to_string(),
                        format!("{why}; the synthesizer's voice reads this text instead"),
                    ),
                    None => ("read-aloud".to_owned(), why),
                };
                self.problems.insert(
                    0,
                    crate::content::Diagnostic::warning(file, crate::content::Position::START, why),
                );
                // A broken recording: the voice takes over, at once.
                if let Some(path) = recording {
                    self.unplayable.insert(path);
                    return self.listen(topic);
                }
                Task::none()
            }
            _ => Task::none(),
        }
    }

    /// After the screen changed: speech that does not belong to the new screen stops, and
    /// the idle warning asks its question aloud.
    pub(super) fn screen_changed(&mut self, was_idle: bool, was_reading: bool) -> Task<Message> {
        let (route, overlay, idle) = self.screen_key();
        let speaking = self.session().and_then(|s| s.reading.as_ref()).cloned();
        match speaking {
            Some(reading) if reading.topic.fits(&route, overlay, idle) => {}
            Some(_) => {
                if let Some(speaker) = &self.speaker {
                    speaker.stop();
                }
                if let Some(session) = self.session_mut() {
                    session.reading = None;
                }
            }
            // A reset: the reading went with the session.
            None => {
                if was_reading && let Some(speaker) = &self.speaker {
                    speaker.stop();
                }
            }
        }
        if idle && !was_idle && self.speaker.is_some() {
            return self.listen(Topic::Idle);
        }
        Task::none()
    }
}

impl Kiosk {
    /// What `topic` would say now (the words laid out for no particular window: only the
    /// text matters).
    fn script(&self, topic: &Topic) -> Script {
        let ctx = self.context(iced::Size::new(1280.0, 800.0), self.look());
        let one = |words: String| Script {
            lines: vec![Line {
                lang: ctx.ui.lang().clone(),
                sentence: Sentence {
                    spot: Spot::Title,
                    range: 0..words.len(),
                    spoken: words,
                },
            }],
            recording: None,
        };
        match topic {
            Topic::Page(id) => screen::detail::script(&ctx, id, |lang| {
                let item = self.library.content.get(id)?;
                self.library.recording(item, lang)
            }),
            Topic::Emergency => screen::emergency::script(&ctx),
            Topic::Tile(kind) => one(ctx.kind_label(*kind)),
            Topic::Idle => one(msg::idle_heading(ctx.ui)),
            Topic::Alert(reference) => self
                .alerts()
                .iter()
                .find(|a| &a.reference() == reference)
                .and_then(|a| screen::alert::spoken(&ctx, a))
                .map_or_else(
                    || one(String::new()),
                    |(lang, parts)| Script {
                        lines: parts
                            .into_iter()
                            .map(|words| Line {
                                lang: lang.clone(),
                                sentence: Sentence {
                                    spot: Spot::Title,
                                    range: 0..words.len(),
                                    spoken: words,
                                },
                            })
                            .collect(),
                        recording: None,
                    },
                ),
        }
    }
}

impl Kiosk {
    /// Show the screen as it looks while being read aloud, at sentence `sentence` (the
    /// `render` command): false if nothing here can be read.
    pub fn preview_reading(&mut self, sentence: usize) -> bool {
        let topic = match self.route() {
            Route::Detail(id) => Topic::Page(id),
            Route::Emergency => Topic::Emergency,
            Route::Home => Topic::Tile(Kind::Guides),
            _ => return false,
        };
        let _ = self.listen(topic);
        let Some(reading) = self.session_mut().and_then(|s| s.reading.as_mut()) else {
            return false;
        };
        reading.current = sentence.min(reading.utterances.len() - 1);
        true
    }
}

impl Session {
    /// Is `topic` being read, and where is it?
    pub fn reading_of(&self, topic: &Topic) -> Option<&Reading> {
        self.reading.as_ref().filter(|r| r.topic == *topic)
    }
}

/// Scroll the sentence being read into view (after the next layout).
fn keep_in_view() -> Task<Message> {
    iced::advanced::widget::operate(KeepInView::default()).discard()
}

/// Finds the scroll area and the sentence being read, then scrolls only if the sentence is
/// not wholly visible, so that it sits a third of the way down.
#[derive(Debug, Default)]
struct KeepInView {
    area: Option<(Rectangle, Rectangle, Vector)>,
    target: Option<Rectangle>,
}

impl Operation<()> for KeepInView {
    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation<()>)) {
        operate(self);
    }

    fn container(&mut self, id: Option<&Id>, bounds: Rectangle) {
        if id == Some(&Id::new(NOW_ID)) {
            self.target = Some(bounds);
        }
    }

    fn scrollable(
        &mut self,
        id: Option<&Id>,
        bounds: Rectangle,
        content_bounds: Rectangle,
        translation: Vector,
        _state: &mut dyn operation::Scrollable,
    ) {
        if id == Some(&Id::new(SCROLL_ID)) {
            self.area = Some((bounds, content_bounds, translation));
        }
    }

    fn finish(&self) -> operation::Outcome<()> {
        let (Some((area, content, translation)), Some(target)) = (self.area, self.target) else {
            return operation::Outcome::None;
        };
        let top = target.y - content.y;
        let visible = translation.y..translation.y + area.height;
        if visible.contains(&top) && top + target.height.min(area.height) <= visible.end {
            return operation::Outcome::None;
        }
        let offset = (top - area.height / 3.0).max(0.0);
        operation::Outcome::Chain(Box::new(operation::scrollable::scroll_to(
            Id::new(SCROLL_ID),
            operation::scrollable::AbsoluteOffset {
                x: None,
                y: Some(offset),
            },
        )))
    }
}
