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
    targets_cohort(mentees, mentees / 2, false)
}

/// [`targets_csv`] with `mentors` mentors, and with `regions` a third
/// attribute for a third target, region north (35%), which shares mentees
/// with both others.
pub fn targets_cohort(mentees: usize, mentors: usize, regions: bool) -> String {
    let mut next = numbers(0x9e37_79b9_7f4a_7c15);
    let mut text = String::from(if regions {
        "id,role,organisation,sector,goals,gender,background,region,capacity\n"
    } else {
        "id,role,organisation,sector,goals,gender,background,capacity\n"
    });
    for i in 0..mentees {
        let woman = next(100) < 45;
        let b = next(100) < 30;
        let north = regions && next(100) < 35;
        let organisation = if (woman || b || north) && next(100) < 60 { 0 } else { 1 + next(79) };
        let goals: Vec<String> = (0..3).map(|_| format!("goal {}", next(60))).collect();
        let region = match (regions, north) {
            (false, _) => "",
            (true, true) => "north,",
            (true, false) => "south,",
        };
        let _ = writeln!(
            text,
            "E{i:05},mentee,Organisation {organisation},sector {},{},{},{},{region}",
            next(8),
            goals.join("; "),
            if woman { "woman" } else { "man" },
            if b { "b" } else { "a" },
        );
    }
    for i in 0..mentors {
        let organisation = if next(100) < 70 { 0 } else { 1 + next(79) };
        let goals: Vec<String> = (0..4).map(|_| format!("goal {}", next(60))).collect();
        let _ = writeln!(
            text,
            "M{i:05},mentor,Organisation {organisation},sector {},{},{},a,{}{}",
            next(8),
            goals.join("; "),
            ["woman", "man"][next(2)],
            if regions { "south," } else { "" },
            1 + next(2),
        );
    }
    text
}

/// Two targets for [`targets_csv`]'s cohorts.
pub const TWO_TARGETS: &str = "[[targets]]\nattribute = \"gender\"\nvalue = \"woman\"\nmin_share = 0.5\n\n\
                               [[targets]]\nattribute = \"background\"\nvalue = \"b\"\nmin_share = 0.2\n";

/// The two targets and a third, region north, for [`targets_cohort`]'s
/// cohorts with regions: each pair of targets shares mentees.
pub const THREE_TARGETS: &str = "[[targets]]\nattribute = \"gender\"\nvalue = \"woman\"\nmin_share = 0.6\n\n\
                                 [[targets]]\nattribute = \"background\"\nvalue = \"b\"\nmin_share = 0.4\n\n\
                                 [[targets]]\nattribute = \"region\"\nvalue = \"north\"\nmin_share = 0.5\n";
