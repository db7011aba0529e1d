//! The fuzz targets' committed corpora, and every fixture, run through the
//! same functions as the fuzzers: none may panic.

use std::path::Path;

fn each_file(folder: &Path, run: fn(&[u8])) -> usize {
    let mut count = 0;
    for entry in std::fs::read_dir(folder).unwrap_or_else(|err| panic!("{}: {err}", folder.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            count += each_file(&path, run);
        } else {
            run(&std::fs::read(&path).unwrap());
            count += 1;
        }
    }
    count
}

#[test]
fn every_corpus_file_and_fixture_reads_without_a_panic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    assert!(each_file(&root.join("fuzz/corpus/intake"), tandem::fuzzing::intake) >= 7);
    assert!(each_file(&root.join("fuzz/corpus/config"), tandem::fuzzing::config) >= 1);
    assert!(each_file(&root.join("fuzz/corpus/pairs"), tandem::fuzzing::pairs) >= 1);
    for folder in ["fixtures/intake", "fixtures/hostile", "examples"] {
        each_file(&root.join(folder), tandem::fuzzing::intake);
        each_file(&root.join(folder), tandem::fuzzing::pairs);
    }
}
