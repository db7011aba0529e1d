//! What the benches share: a seeded number source and the generated
//! cohorts more than one bench runs.

use std::fmt::Write;

/// Numbers below `n`, from xorshift64 with this seed: the same cohorts on
/// every machine.
pub fn numbers(seed: u64) -> impl FnMut(usize) -> usize {
    let mut state = seed;
    move |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    }
}

/// A cohort where two diversity targets share mentees and cannot both be
/// met: women (45%) and background b (30%), most of them in the one large
/// organisation that also employs most mentors (capacity 1–2).
pub fn targets_csv(mentees: usize) -> String {
    let mut next = numbers(0x9e37_79b9_7f4a_7c15);
    let mut text = String::from("id,role,organisation,sector,goals,gender,background,capacity\n");
    for i in 0..mentees {
        let woman = next(100) < 45;
        let b = next(100) < 30;
        let organisation = if (woman || b) && next(100) < 60 { 0 } else { 1 + next(79) };
        let goals: Vec<String> = (0..3).map(|_| format!("goal {}", next(60))).collect();
        let _ = writeln!(
            text,
            "E{i:05},mentee,Organisation {organisation},sector {},{},{},{},",
            next(8),
            goals.join("; "),
            if woman { "woman" } else { "man" },
            if b { "b" } else { "a" },
        );
    }
    for i in 0..mentees / 2 {
        let organisation = if next(100) < 70 { 0 } else { 1 + next(79) };
        let goals: Vec<String> = (0..4).map(|_| format!("goal {}", next(60))).collect();
        let _ = writeln!(
            text,
            "M{i:05},mentor,Organisation {organisation},sector {},{},{},a,{}",
            next(8),
            goals.join("; "),
            ["woman", "man"][next(2)],
            1 + next(2),
        );
    }
    text
}
