//! Progress bars for long runs: shown on standard error once a phase has
//! taken more than a second, only when standard error is a terminal and
//! `--quiet` is not given, so scripts and logs never see them.

use std::io::IsTerminal;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use tandem::matching::Progress;

pub struct Bars {
    start: Instant,
    enabled: bool,
    scoring: ProgressBar,
    solving: ProgressBar,
}

/// How long a run goes on before its bars show.
const PATIENCE: Duration = Duration::from_secs(1);

impl Bars {
    pub fn new(quiet: bool) -> Bars {
        let bar = |phase: &str| {
            let bar = ProgressBar::hidden();
            if let Ok(style) = ProgressStyle::with_template("{prefix:>8} [{bar:40}] {pos}/{len}, {eta} left")
            {
                bar.set_style(style.progress_chars("=> "));
            }
            bar.set_prefix(phase.to_owned());
            bar
        };
        Bars {
            start: Instant::now(),
            enabled: !quiet && std::io::stderr().is_terminal(),
            scoring: bar("scoring"),
            solving: bar("solving"),
        }
    }

    fn advance(&self, bar: &ProgressBar, done: usize, all: usize, step: bool) {
        if !self.enabled {
            return;
        }
        if bar.is_finished() && done < all {
            // A new stage of the same phase (the targets after the plain
            // assignment): the bar starts again.
            bar.reset();
        }
        bar.set_length(all as u64);
        if step {
            bar.inc(1)
        } else {
            bar.set_position(done as u64)
        }
        if bar.is_hidden() && self.start.elapsed() > PATIENCE && done < all {
            bar.set_draw_target(ProgressDrawTarget::stderr());
            bar.reset_eta();
        }
        if done >= all {
            bar.finish_and_clear();
        }
    }
}

impl Progress for Bars {
    fn scoring(&self, done: usize, all: usize) {
        // Rows finish on several threads, out of order: count them.
        self.advance(&self.scoring, done, all, true);
    }

    fn solving(&self, done: usize, all: usize) {
        self.advance(&self.solving, done, all, false);
    }
}
