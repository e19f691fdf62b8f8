//! Read-aloud, offline: what to say (`plan`), which languages have a voice (`voices`), sound
//! as samples (`audio`), and the speaker — one thread that synthesizes each sentence with
//! espeak-ng (or decodes the bundle's recording), applies the one volume, and plays it
//! through one output. The UI sends it what to read and hears back which sentence is being
//! spoken; a new request, Stop, or the end of the visit silences it at once.
//!
//! No GUI code here; nothing here needs a C library to build (espeak-ng and the player are
//! programs run as child processes, found at run time).

pub mod audio;
pub mod coverage;
pub mod plan;
pub mod voices;

use std::io::Write as _;
use std::path::PathBuf;
use std::process::{Child, Command as Process, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use iced::futures::channel::mpsc as events;

pub use voices::Voices;

/// Where a sentence's sound comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    /// espeak-ng with this voice.
    Voice(String),
    /// A recording in the bundle (played whole).
    Recording(PathBuf),
}

/// One thing to say.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Utterance {
    pub text: String,
    pub source: Source,
}

/// Where sound goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Output {
    /// Nowhere: what would be heard is only remembered (tests, machines without sound).
    Null,
    /// Each sound written to a WAV file in this folder, numbered (tests of the synthesizer).
    Files(PathBuf),
    /// Played by a program that reads a WAV on its standard input (`aplay -q -t wav -`).
    Player(Vec<String>),
}

/// Something that was (or would have been) heard.
#[derive(Debug, Clone, PartialEq)]
pub struct Heard {
    pub reading: u64,
    pub index: usize,
    pub text: String,
    pub source: Source,
    pub volume: f32,
    /// Seconds of sound (0 when nothing was synthesized: a null output).
    pub seconds: f64,
}

/// News from the speaker, for the UI.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// Sentence `index` of reading `reading` is being spoken.
    Started { reading: u64, index: usize },
    /// Reading `reading` came to its end.
    Finished { reading: u64 },
    /// It could not be spoken (no synthesizer, a broken recording): in plain words.
    Failed { reading: u64, why: String },
}

enum Command {
    Say {
        reading: u64,
        utterances: Vec<Utterance>,
        from: usize,
        volume: f32,
    },
    Stop,
}

/// How the speaker runs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// The synthesizer program (espeak-ng).
    pub synthesizer: String,
    /// Words per minute (espeak-ng's `-s`); a little slower than its default suits
    /// visitors who read little or are learning the language.
    pub rate: u32,
    pub output: Output,
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            synthesizer: "espeak-ng".to_owned(),
            rate: 150,
            output: Output::Player(
                ["aplay", "-q", "-t", "wav", "-"]
                    .map(str::to_owned)
                    .to_vec(),
            ),
        }
    }
}

struct Shared {
    commands: Mutex<Sender<Command>>,
    heard: Mutex<Vec<Heard>>,
    events: Mutex<Option<events::UnboundedReceiver<Event>>>,
    /// Commands sent and not yet done with (for `settle`).
    pending: Mutex<usize>,
    idle: Condvar,
}

/// The speaker: cheap to clone, one thread behind all clones.
#[derive(Clone)]
pub struct Speaker {
    shared: Arc<Shared>,
    pub voices: Voices,
}

impl std::fmt::Debug for Speaker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Speaker").finish_non_exhaustive()
    }
}

/// Identity for the UI's subscription: one per speaker.
impl std::hash::Hash for Speaker {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        (Arc::as_ptr(&self.shared) as usize).hash(state);
    }
}

impl Speaker {
    /// A speaker with the voices espeak-ng has on this machine.
    pub fn new(settings: Settings) -> Speaker {
        let voices = if settings.output == Output::Null {
            Voices::default()
        } else {
            Voices::detect(&settings.synthesizer)
        };
        Speaker::with_voices(settings, voices)
    }

    /// A speaker with the given voices (tests: a null output that pretends to have them).
    pub fn with_voices(settings: Settings, voices: Voices) -> Speaker {
        let (tx, rx) = mpsc::channel();
        let (events_tx, events_rx) = events::unbounded();
        let shared = Arc::new(Shared {
            commands: Mutex::new(tx),
            heard: Mutex::new(Vec::new()),
            events: Mutex::new(Some(events_rx)),
            pending: Mutex::new(0),
            idle: Condvar::new(),
        });
        let worker = Worker {
            settings,
            shared: shared.clone(),
            events: events_tx,
            files: 0,
        };
        let _ = std::thread::Builder::new()
            .name("speaker".to_owned())
            .spawn(move || worker.run(&rx));
        Speaker { shared, voices }
    }

    /// A speaker that plays nothing and remembers what it would have said.
    pub fn null(voices: Voices) -> Speaker {
        Speaker::with_voices(
            Settings {
                output: Output::Null,
                ..Settings::default()
            },
            voices,
        )
    }

    fn send(&self, command: Command) {
        if let Ok(mut pending) = self.shared.pending.lock() {
            *pending += 1;
        }
        let sent = self
            .shared
            .commands
            .lock()
            .is_ok_and(|tx| tx.send(command).is_ok());
        if !sent {
            self.done_with_one();
        }
    }

    fn done_with_one(&self) {
        done_with_one(&self.shared);
    }

    /// Say `utterances` from number `from` on, at `volume` (0–1); whatever was being said
    /// stops first.
    pub fn say(&self, reading: u64, utterances: Vec<Utterance>, from: usize, volume: f32) {
        self.send(Command::Say {
            reading,
            utterances,
            from,
            volume,
        });
    }

    /// Silence, at once.
    pub fn stop(&self) {
        self.send(Command::Stop);
    }

    /// Everything heard so far (a null output records it; the others too).
    pub fn heard(&self) -> Vec<Heard> {
        self.shared
            .heard
            .lock()
            .map(|h| h.clone())
            .unwrap_or_default()
    }

    /// Wait (at most `limit`) until every request sent so far is done with (tests).
    pub fn settle(&self, limit: Duration) -> bool {
        let Ok(pending) = self.shared.pending.lock() else {
            return false;
        };
        self.shared
            .idle
            .wait_timeout_while(pending, limit, |n| *n > 0)
            .is_ok_and(|(n, _)| *n == 0)
    }

    /// The speaker's news, for one subscriber (the first to ask gets it).
    pub fn events(&self) -> events::UnboundedReceiver<Event> {
        self.shared
            .events
            .lock()
            .ok()
            .and_then(|mut e| e.take())
            .unwrap_or_else(|| events::unbounded().1)
    }
}

fn done_with_one(shared: &Shared) {
    if let Ok(mut pending) = shared.pending.lock() {
        *pending = pending.saturating_sub(1);
        if *pending == 0 {
            shared.idle.notify_all();
        }
    }
}

struct Worker {
    settings: Settings,
    shared: Arc<Shared>,
    events: events::UnboundedSender<Event>,
    files: usize,
}

/// What ended a sound.
enum Ended {
    /// It played to its end.
    Done,
    /// Another command came in (it is handled next).
    Interrupted(Command),
    /// Nothing more will come (the kiosk is closing).
    Closed,
}

impl Worker {
    fn run(mut self, rx: &Receiver<Command>) {
        let mut next: Option<Command> = None;
        loop {
            let command = match next.take() {
                Some(c) => c,
                None => match rx.recv() {
                    Ok(c) => c,
                    Err(_) => return,
                },
            };
            match command {
                Command::Stop => done_with_one(&self.shared),
                Command::Say {
                    reading,
                    utterances,
                    from,
                    volume,
                } => {
                    let mut finished = true;
                    for (index, utterance) in utterances.iter().enumerate().skip(from) {
                        let _ = self
                            .events
                            .unbounded_send(Event::Started { reading, index });
                        match self.speak(reading, index, utterance, volume, rx) {
                            Ok(Ended::Done) => {}
                            Ok(Ended::Interrupted(c)) => {
                                next = Some(c);
                                finished = false;
                                break;
                            }
                            Ok(Ended::Closed) => return,
                            Err(why) => {
                                let _ = self.events.unbounded_send(Event::Failed { reading, why });
                                finished = false;
                                break;
                            }
                        }
                    }
                    if finished {
                        let _ = self.events.unbounded_send(Event::Finished { reading });
                    }
                    done_with_one(&self.shared);
                }
            }
        }
    }

    fn speak(
        &mut self,
        reading: u64,
        index: usize,
        utterance: &Utterance,
        volume: f32,
        rx: &Receiver<Command>,
    ) -> Result<Ended, String> {
        let mut pcm = match (&self.settings.output, &utterance.source) {
            // Nothing is played: no need to make the sound.
            (Output::Null, _) => audio::Pcm::default(),
            (_, Source::Voice(voice)) => synthesize(&self.settings, voice, &utterance.text)?,
            (_, Source::Recording(path)) => audio::decode_file(path)?,
        };
        pcm.scale(volume);
        if let Ok(mut heard) = self.shared.heard.lock() {
            heard.push(Heard {
                reading,
                index,
                text: utterance.text.clone(),
                source: utterance.source.clone(),
                volume,
                seconds: pcm.seconds(),
            });
        }
        match &self.settings.output {
            Output::Null => Ok(match rx.try_recv() {
                Ok(c) => Ended::Interrupted(c),
                Err(mpsc::TryRecvError::Empty) => Ended::Done,
                Err(mpsc::TryRecvError::Disconnected) => Ended::Closed,
            }),
            Output::Files(dir) => {
                self.files += 1;
                let path = dir.join(format!("{:04}.wav", self.files));
                std::fs::write(&path, pcm.wav()).map_err(|e| format!("{}: {e}", path.display()))?;
                Ok(Ended::Done)
            }
            Output::Player(command) => play(command, &pcm, rx),
        }
    }
}

/// espeak-ng, text on its standard input (so no text is ever taken for an option), WAV on
/// its standard output.
fn synthesize(settings: &Settings, voice: &str, text: &str) -> Result<audio::Pcm, String> {
    let mut child = Process::new(&settings.synthesizer)
        .args(["-v", voice, "-s", &settings.rate.to_string(), "--stdout"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| {
            format!(
                "the synthesizer {} cannot be started ({e}): install espeak-ng",
                settings.synthesizer
            )
        })?;
    if let Some(mut stdin) = child.stdin.take() {
        let _ = stdin.write_all(text.as_bytes());
    }
    let out = child
        .wait_with_output()
        .map_err(|e| format!("the synthesizer failed: {e}"))?;
    if !out.status.success() {
        return Err(format!("the synthesizer failed for the voice {voice}"));
    }
    audio::parse_wav(&out.stdout)
}

/// Play through the player program; a new command stops it at once.
fn play(command: &[String], pcm: &audio::Pcm, rx: &Receiver<Command>) -> Result<Ended, String> {
    let Some((program, args)) = command.split_first() else {
        return Err("no audio player is configured".to_owned());
    };
    let mut child: Child = Process::new(program)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("the audio player {program} cannot be started ({e})"))?;
    // The whole sound at once: players read it faster than it plays, so this is short.
    let wav = pcm.wav();
    let mut stdin = child.stdin.take();
    let writer = std::thread::spawn(move || {
        if let Some(stdin) = stdin.as_mut() {
            let _ = stdin.write_all(&wav);
        }
    });
    let ended = loop {
        match rx.recv_timeout(Duration::from_millis(20)) {
            Ok(c) => break Ended::Interrupted(c),
            Err(RecvTimeoutError::Disconnected) => break Ended::Closed,
            Err(RecvTimeoutError::Timeout) => {
                if child.try_wait().ok().flatten().is_some() {
                    break Ended::Done;
                }
            }
        }
    };
    if !matches!(ended, Ended::Done) {
        let _ = child.kill();
    }
    let _ = child.wait();
    let _ = writer.join();
    Ok(ended)
}
