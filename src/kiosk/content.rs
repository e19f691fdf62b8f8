//! What the kiosk shows, as it changes: a new library swapped in (a reload, an installed
//! bundle, a preview), news from the updates thread, and the languages that follow from
//! the phase.

use std::sync::Arc;

use super::screen::{Screen, attract, panel};
use super::{Kiosk, Overlay, Phase};
use crate::content::Diagnostic;
use crate::i18n::Localizer;
use crate::lang::Lang;
use crate::library::Library;

/// The languages a kiosk speaks right now, derived from its phase: the interface, the
/// volunteer's, and the content's with its fallbacks.
#[derive(Clone)]
pub(super) struct Tongues {
    pub(super) ui: Localizer,
    pub(super) volunteer: Localizer,
    /// The content language and its ICU fallbacks (no notice needed for these).
    pub(super) own: Vec<Lang>,
    /// Languages to try for content, most wanted first, ending with the bundle default.
    pub(super) chain: Vec<Lang>,
}

impl Kiosk {
    /// Rebuild what depends on the languages of the phase.
    pub(super) fn sync_languages(&mut self) {
        let (ui_lang, content_lang) = match &self.phase {
            Phase::Attract(_) => (self.default_lang.clone(), self.default_lang.clone()),
            Phase::Visit(s) => (s.ui_lang.clone(), s.content_lang.clone()),
        };
        if self.tongues.ui.lang() != &ui_lang {
            self.tongues.ui = self.library.localizer(&ui_lang);
        }
        let volunteer = self.volunteer_language();
        if self.tongues.volunteer.lang() != &volunteer {
            self.tongues.volunteer = self.library.localizer(&volunteer);
        }
        self.tongues.own = crate::i18n::locale::fallback_chain(&content_lang);
        let mut chain = self.tongues.own.clone();
        for extra in [
            self.library.content.meta.default_language.clone(),
            crate::i18n::english(),
        ] {
            if !chain.contains(&extra) {
                chain.push(extra);
            }
        }
        self.tongues.chain = chain;
        // Other languages or other content: the results are found again.
        if let Phase::Visit(session) = &mut self.phase
            && let Screen::Search(state) = &mut session.screen
        {
            state.stale = true;
        }
        self.refresh_search();
        self.refresh_take_home();
        self.sync_job_filter();
    }

    /// The jobs list's filters live in the session: copied into a list when it opens, and
    /// back whenever the visitor changes them.
    pub(super) fn sync_job_filter(&mut self) {
        let Phase::Visit(session) = &mut self.phase else {
            return;
        };
        let Screen::List(state) = &mut session.screen else {
            return;
        };
        if state.synced {
            session.job_filter.clone_from(&state.filter);
        } else {
            state.filter.clone_from(&session.job_filter);
            state.synced = true;
        }
    }

    /// Make the QR codes of a detail page, when it opens or its languages or content change.
    pub(super) fn refresh_take_home(&mut self) {
        let Phase::Visit(session) = &self.phase else {
            return;
        };
        let Screen::Detail(state) = &session.screen else {
            return;
        };
        let key = format!(
            "{}|{}|{:p}",
            self.tongues.ui.lang(),
            self.tongues
                .chain
                .first()
                .map(ToString::to_string)
                .unwrap_or_default(),
            Arc::as_ptr(&self.library)
        );
        if state.codes_for.as_deref() == Some(key.as_str()) {
            return;
        }
        let codes: Vec<_> = {
            let ctx = self.context(iced::Size::new(1.0, 1.0), self.look());
            match self.library.content.get(&state.id) {
                Some(item) => super::screen::take_home::payloads(&ctx, item)
                    .into_iter()
                    .filter_map(|(caption, payload)| {
                        super::screen::take_home::Code::new(caption, payload)
                    })
                    .collect(),
                None => Vec::new(),
            }
        };
        if let Phase::Visit(session) = &mut self.phase
            && let Screen::Detail(state) = &mut session.screen
        {
            state.codes = codes;
            state.codes_for = Some(key);
        }
    }

    /// Run the search screen's query if it changed (cheap: see benches/search.rs).
    pub(super) fn refresh_search(&mut self) {
        let library = Arc::clone(&self.library);
        let now = self.clock.local(&library.content.meta.timezone);
        let Phase::Visit(session) = &mut self.phase else {
            return;
        };
        let Screen::Search(state) = &mut session.screen else {
            return;
        };
        if !state.stale {
            return;
        }
        state.stale = false;
        let query = crate::search::Query::new(&state.query);
        let items = &library.content.items;
        state.hits = library
            .index()
            .search(&query, &self.tongues.chain, |i| items[i].is_current(now))
            .into_iter()
            .map(|hit| (items[hit.item].id.clone(), hit.lang))
            .collect();
    }

    /// Swap in a new library (prepared off the UI thread); the visitor keeps their place if
    /// it still exists. Only cheap work happens here.
    pub(super) fn swap(&mut self, library: Arc<Library>) {
        let fell_back = library.fell_back;
        let old = std::mem::replace(&mut self.library, library);
        // Freeing a big bundle (its text, pictures and search index) takes a while: not on
        // the UI thread.
        let _ = std::thread::Builder::new()
            .name("drop-library".into())
            .spawn(move || drop(old));
        // A new bundle may bring the recordings again, mended.
        self.unplayable.clear();
        self.problems.clone_from(&self.library.problems);
        if !self.library.offers(&self.default_lang) {
            self.default_lang = self.library.content.meta.default_language.clone();
        }
        let library = &self.library;
        match &mut self.phase {
            Phase::Attract(state) => *state = attract::State::default(),
            Phase::Visit(session) => {
                session.forget_missing(&library.content);
                if let Overlay::Panel(state) = &mut session.overlay {
                    state.noted(if fell_back {
                        panel::Note::ReloadFailed
                    } else {
                        panel::Note::Reloaded
                    });
                }
            }
        }
        // The new bundle may bring its own translations: new localizers.
        self.tongues.ui = self.library.localizer(self.tongues.ui.lang());
        self.tongues.volunteer = self.library.localizer(self.tongues.volunteer.lang());
        self.sync_languages();
    }

    /// News from the updates thread.
    pub(super) fn updated(&mut self, update: crate::updates::Update) {
        use crate::updates::Update;
        match update {
            Update::Installed(library) => {
                self.preview_problems = None;
                self.swap(library);
                self.update_outcome(None);
            }
            Update::Preview(library) => {
                self.preview_problems = None;
                self.swap(library);
            }
            Update::Alert(alert) => self.alert_arrived(alert),
            Update::Checked => self.update_outcome(None),
            Update::PreviewProblems(problems) => self.preview_problems = Some(problems),
            Update::Problem(why, reason) => {
                self.update_outcome(Some(reason));
                // Newest first, and no endless list from a source that keeps failing.
                let problem = Diagnostic::warning("updates", crate::content::Position::START, why);
                self.problems.retain(|p| p != &problem);
                self.problems.insert(0, problem);
                self.problems.truncate(50);
            }
        }
    }
}
