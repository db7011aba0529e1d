//! The command-line tests: each runs the real `tandem` binary in a scratch
//! folder. One test binary for all of them, so the suite builds once.

mod workdir;

mod test_check;
mod test_criteria;
mod test_diff;
mod test_errors;
mod test_explain;
mod test_fuzz_corpus;
mod test_hostile;
mod test_init;
mod test_intake;
mod test_languages;
mod test_letters;
mod test_match;
mod test_objective;
mod test_peers;
mod test_privacy;
mod test_properties;
mod test_report;
mod test_rules;
mod test_scores;
mod test_several;
mod test_validate;
mod test_workbook;
