//! The ShuffleNet page: its prose, the channel lessons' shuffle view (with only the
//! channel state it needs, not the lesson's layer widgets) and the chapter's widgets.

use super::extras::ShuffleNetExtras;
use crate::app::channels::{ChannelState, ShuffleView};
use crate::app::exercises::ExercisesPanel;
use crate::app::lesson_prose::{LessonOpening, PapersBox};
use crate::app::state::use_app;
use crate::channels::state::{ChannelsState, Lesson};
use crate::i18n::shufflenet::shufflenet_text;
use crate::pages::Chapter;
use leptos::prelude::*;

#[component]
pub fn ShuffleNetPage() -> impl IntoView {
    let app = use_app();
    // The shuffle view's keys (sl, sg, sn, shuf, tr) are the group lesson's.
    let (state, notices) =
        app.page_state(|q, notices| ChannelsState::from_query(q, Lesson::Group, notices));
    provide_context(ChannelState { app, state });
    let text = move || shufflenet_text(app.shell.get().lang);
    view! {
        <article class="lesson shufflenet-lesson">
            <LessonOpening chapter=Chapter::Shufflenet text=Signal::derive(text) notices=notices />
            <ShuffleView />
            <ShuffleNetExtras />
            <PapersBox text=Signal::derive(text) />
            <ExercisesPanel questions=crate::exercises::shufflenet />
        </article>
    }
}
