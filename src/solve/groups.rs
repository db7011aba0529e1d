//! Groups of a pool (intervision groups): people in groups of a size,
//! never two people who may not be paired in one group, maximising the sum
//! of the pair scores inside the groups.
//!
//! Forming such groups is NP-hard (it contains partition into triangles),
//! so small pools are solved exactly, by dynamic programming over the sets
//! of people already placed ([`EXACT_UP_TO`]), and larger ones by local
//! search: a greedy start, then moves and swaps between groups while any
//! improves, from a few deterministic starts. Every result carries an upper
//! bound on the best possible total, so that the gap of a heuristic result
//! is known: each person can at most gain their best partners' scores, as
//! many as their group has room for.
//!
//! Locked pairs (`--lock`) share a group: keeping one is worth [`LOCK`] to
//! the search, more than any total of scores, so the exact method keeps
//! every lock that can be kept and then scores best, and the local search
//! places locked people together first and never parts them for score.
//! A lock the grouping does not keep is reported, never dropped silently.

use super::pool::PoolScores;

/// What keeping a locked pair in one group is worth to the search: more
/// than any grouping's total of scores (below 2^42 for any pool that fits
/// in memory), and far below what the sum of every lock could overflow.
pub(super) const LOCK: u64 = 1 << 42;

/// Pools up to this size are grouped exactly.
pub const EXACT_UP_TO: usize = 14;

/// How many starts the local search takes on a large pool.
const STARTS: u64 = 8;

/// Groups of a pool.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grouping {
    /// Each group's members, ascending; groups by their first member.
    pub groups: Vec<Vec<usize>>,
    /// People in no group: no group could take them without a pair that
    /// may not be made.
    pub left_out: Vec<usize>,
    /// The sum of the pair scores inside the groups.
    pub total: u64,
    /// No grouping of these sizes scores more.
    pub bound: u64,
    /// Whether the grouping is proven best (solved exactly, or equal to the
    /// bound).
    pub exact: bool,
    /// Locked pairs the grouping does not keep together.
    pub unkept: Vec<(usize, usize)>,
}

impl Grouping {
    /// How far the total may be from the best possible ([`gap`]).
    pub fn gap(&self) -> f64 {
        gap(self.total, self.bound, self.exact)
    }
}

/// How far a grouping's total may be from the best possible, as a share of
/// an upper bound on it: 0 for a grouping proven best.
pub(super) fn gap(total: u64, bound: u64, exact: bool) -> f64 {
    if exact || bound == 0 { 0.0 } else { bound.saturating_sub(total) as f64 / bound as f64 }
}

/// The sizes of the groups of `people` with groups of about `size`: as
/// many groups as keeps every group within one of `size`, all of `size`
/// where the pool divides; larger groups first.
pub fn sizes(people: usize, size: usize) -> Vec<usize> {
    if people == 0 || size == 0 {
        return Vec::new();
    }
    if people <= size + 1 {
        return vec![people];
    }
    let lowest = people.div_ceil(size + 1);
    let highest = if size > 1 { people / (size - 1) } else { people };
    // The count of groups closest to people / size, within the bounds.
    let nearest = ((people as f64 / size as f64).round() as usize).clamp(lowest, highest.max(lowest));
    let (q, r) = (people / nearest, people % nearest);
    let mut sizes = vec![q + 1; r];
    sizes.extend(std::iter::repeat_n(q, nearest - r));
    sizes
}

/// Groups the pool into groups of `sizes` (from [`sizes`]), each locked
/// pair in one group where that can be done (the people locks join may
/// share a group whatever their scores say).
pub fn group<S: PoolScores + ?Sized>(scores: &S, sizes: &[usize], locked: &[(usize, usize)]) -> Grouping {
    let weights = Weights::new(scores, locked);
    let bound = bound(&weights, sizes);
    let finish = |groups: Vec<Vec<usize>>, mut left_out: Vec<usize>, exact: bool| {
        left_out.sort_unstable();
        let groups = sorted(groups);
        let total = groups.iter().map(|g| weights.group(g)).sum();
        let mut group_of = vec![usize::MAX; weights.n];
        for (g, members) in groups.iter().enumerate() {
            for &p in members {
                group_of[p] = g;
            }
        }
        let unkept = locked
            .iter()
            .copied()
            .filter(|&(a, b)| group_of[a] == usize::MAX || group_of[a] != group_of[b])
            .collect();
        Grouping { groups, left_out, total, bound, exact: exact || total == bound, unkept }
    };
    if weights.n <= EXACT_UP_TO
        && let Some(groups) = exact(&weights, sizes)
    {
        return finish(groups, Vec::new(), true);
    }
    // The most people placed, then the most locks kept and the highest
    // total, over the starts.
    let mut best: Option<((usize, u64), Found)> = None;
    for start in 0..STARTS {
        let found = local_search(&weights, sizes, start);
        let value = (weights.n - found.1.len(), found.0.iter().map(|g| weights.value(g)).sum());
        if best.as_ref().is_none_or(|(best_value, _)| value > *best_value) {
            best = Some((value, found));
        }
    }
    let (_, (groups, left_out)) = best.unwrap_or_default();
    finish(groups, left_out, false)
}

/// The people locked into one group together: the connected parts of the
/// locked pairs, each ascending, by their first member.
pub fn clusters(people: usize, locked: &[(usize, usize)]) -> Vec<Vec<usize>> {
    let mut root: Vec<usize> = (0..people).collect();
    fn find(root: &mut [usize], p: usize) -> usize {
        let mut r = p;
        while root[r] != r {
            r = root[r];
        }
        root[p] = r;
        r
    }
    for &(a, b) in locked {
        let (x, y) = (find(&mut root, a), find(&mut root, b));
        root[x.max(y)] = x.min(y);
    }
    let mut parts: std::collections::BTreeMap<usize, Vec<usize>> = std::collections::BTreeMap::new();
    for &p in locked.iter().flat_map(|(a, b)| [a, b]) {
        let r = find(&mut root, p);
        parts.entry(r).or_default().push(p);
    }
    let mut parts: Vec<Vec<usize>> = parts.into_values().collect();
    for part in &mut parts {
        part.sort_unstable();
        part.dedup();
    }
    parts.sort();
    parts
}

/// Groups and the people left out, as the local search finds them.
type Found = (Vec<Vec<usize>>, Vec<usize>);

/// Groups with ascending members, ordered by their first member.
fn sorted(mut groups: Vec<Vec<usize>>) -> Vec<Vec<usize>> {
    for group in &mut groups {
        group.sort_unstable();
    }
    groups.retain(|g| !g.is_empty());
    groups.sort();
    groups
}

/// The pair scores, dense: `None` for a pair that may not share a group.
struct Weights {
    n: usize,
    scores: Vec<Option<u32>>,
    /// Per person, the people locked with them, ascending.
    locks: Vec<Vec<usize>>,
    /// Per person, how many people their locks join into one group (1 for
    /// someone unlocked).
    cluster: Vec<usize>,
}

impl Weights {
    fn new<S: PoolScores + ?Sized>(scores: &S, locked: &[(usize, usize)]) -> Weights {
        let n = scores.people();
        let mut dense = vec![None; n * n];
        for a in 0..n {
            for b in a + 1..n {
                let score = scores.score(a, b);
                dense[a * n + b] = score;
                dense[b * n + a] = score;
            }
        }
        let mut locks = vec![Vec::new(); n];
        for &(a, b) in locked {
            locks[a].push(b);
            locks[b].push(a);
        }
        for partners in &mut locks {
            partners.sort_unstable();
            partners.dedup();
        }
        // The people locks join may all share their group.
        let mut cluster = vec![1; n];
        for members in clusters(n, locked) {
            for &a in &members {
                cluster[a] = members.len();
                for &b in members.iter().filter(|&&b| b != a) {
                    dense[a * n + b] = dense[a * n + b].or(Some(0));
                }
            }
        }
        Weights { n, scores: dense, locks, cluster }
    }

    fn get(&self, a: usize, b: usize) -> Option<u32> {
        self.scores[a * self.n + b]
    }

    /// What `person` adds to a group of `members` (not holding them), with
    /// [`LOCK`] for each of their locked partners in it, or `None` when a
    /// member may not be with them.
    fn gain(&self, person: usize, members: &[usize]) -> Option<u64> {
        members.iter().filter(|&&m| m != person).try_fold(0u64, |sum, &m| {
            let kept = if self.locks[person].binary_search(&m).is_ok() { LOCK } else { 0 };
            Some(sum + u64::from(self.get(person, m)?) + kept)
        })
    }

    /// [`Weights::gain`] with `without` gone from the group.
    fn gain_without(&self, person: usize, members: &[usize], without: usize) -> Option<u64> {
        members.iter().filter(|&&m| m != person && m != without).try_fold(0u64, |sum, &m| {
            let kept = if self.locks[person].binary_search(&m).is_ok() { LOCK } else { 0 };
            Some(sum + u64::from(self.get(person, m)?) + kept)
        })
    }

    /// A group's worth to the search: its total, and [`LOCK`] for each
    /// locked pair it keeps.
    fn value(&self, members: &[usize]) -> u64 {
        let kept = members
            .iter()
            .map(|&p| members.iter().filter(|m| self.locks[p].binary_search(m).is_ok()).count());
        self.group(members) + LOCK * (kept.sum::<usize>() / 2) as u64
    }

    /// The sum of a group's pair scores (every pair allowed).
    fn group(&self, members: &[usize]) -> u64 {
        let mut total = 0;
        for (i, &a) in members.iter().enumerate() {
            for &b in &members[i + 1..] {
                total += u64::from(self.get(a, b).unwrap_or(0));
            }
        }
        total
    }
}

/// An upper bound on the total of any grouping of these sizes: each
/// person gains at most the scores of their best allowed partners, as many
/// as the smaller groups hold, and the people of the larger groups one more
/// each; every pair counted from both its ends.
fn bound(weights: &Weights, sizes: &[usize]) -> u64 {
    let (Some(&large), Some(&small)) = (sizes.iter().max(), sizes.iter().min()) else { return 0 };
    let in_large: usize = sizes.iter().filter(|&&s| s == large && large > small).sum();
    let mut base = 0u64;
    let mut extra: Vec<u64> = Vec::with_capacity(weights.n);
    let mut row: Vec<u64> = Vec::with_capacity(weights.n);
    for a in 0..weights.n {
        row.clear();
        row.extend((0..weights.n).filter_map(|b| weights.get(a, b)).map(u64::from));
        row.sort_unstable_by(|x, y| y.cmp(x));
        base += row.iter().take(small.saturating_sub(1)).sum::<u64>();
        extra.push(if large > small { row.iter().skip(small - 1).take(large - small).sum() } else { 0 });
    }
    extra.sort_unstable_by(|x, y| y.cmp(x));
    (base + extra.iter().take(in_large).sum::<u64>()) / 2
}

/// The best grouping of everyone into groups of exactly these sizes (by
/// [`Weights::value`]: the most locks kept, then the best total), by
/// dynamic programming over the set of people placed (the group of the
/// lowest person not yet placed is chosen next); `None` when no grouping
/// places everyone.
fn exact(weights: &Weights, sizes: &[usize]) -> Option<Vec<Vec<usize>>> {
    let n = weights.n;
    if sizes.iter().sum::<usize>() != n {
        return None;
    }
    let large = sizes.iter().copied().max().unwrap_or(0);
    let small = sizes.iter().copied().min().unwrap_or(0);
    let larges = sizes.iter().filter(|&&s| s == large).count();
    // best[mask][large groups used]: the best total of the rest, and the
    // group taken next.
    let full = (1usize << n) - 1;
    let mut memo: std::collections::HashMap<(usize, usize), Option<(u64, usize)>> =
        std::collections::HashMap::new();
    fn go(
        weights: &Weights,
        mask: usize,
        larges_used: usize,
        (small, large, larges, full): (usize, usize, usize, usize),
        memo: &mut std::collections::HashMap<(usize, usize), Option<(u64, usize)>>,
    ) -> Option<(u64, usize)> {
        if mask == full {
            return (larges_used == larges || large == small).then_some((0, 0));
        }
        if let Some(&known) = memo.get(&(mask, larges_used)) {
            return known;
        }
        let first = (!mask).trailing_zeros() as usize;
        let free: Vec<usize> = (first + 1..weights.n).filter(|&p| mask & 1 << p == 0).collect();
        let mut best: Option<(u64, usize)> = None;
        let mut options = vec![small];
        if large > small && larges_used < larges {
            options.push(large);
        }
        for size in options {
            // Every choice of size - 1 others, all allowed with each other.
            let mut chosen = Vec::with_capacity(size);
            chosen.push(first);
            let allowed = |a: usize, b: usize| weights.get(a, b).is_some();
            choose(&free, 0, size - 1, &mut chosen, &allowed, &mut |group: &[usize]| {
                let group_mask = group.iter().fold(0usize, |m, &p| m | 1 << p);
                let used = larges_used + usize::from(size == large && large > small);
                if let Some((rest, _)) =
                    go(weights, mask | group_mask, used, (small, large, larges, full), memo)
                {
                    let total = rest + weights.value(group);
                    if best.is_none_or(|(b, _)| total > b) {
                        best = Some((total, group_mask));
                    }
                }
            });
        }
        memo.insert((mask, larges_used), best);
        best
    }
    let shape = (small, large, larges, full);
    go(weights, 0, 0, shape, &mut memo)?;
    // Follow the choices back.
    let mut groups = Vec::new();
    let (mut mask, mut used) = (0usize, 0usize);
    while mask != full {
        let (_, group_mask) = memo.get(&(mask, used)).copied().flatten()?;
        let group: Vec<usize> = (0..n).filter(|&p| group_mask & 1 << p != 0).collect();
        used += usize::from(group.len() == large && large > small);
        mask |= group_mask;
        groups.push(group);
    }
    Some(groups)
}

/// Calls `found` with every extension of `chosen` by `more` people of
/// `free[from..]`, each `allowed` with all chosen.
pub(super) fn choose(
    free: &[usize],
    from: usize,
    more: usize,
    chosen: &mut Vec<usize>,
    allowed: &dyn Fn(usize, usize) -> bool,
    found: &mut dyn FnMut(&[usize]),
) {
    if more == 0 {
        found(chosen);
        return;
    }
    for i in from..free.len() {
        let p = free[i];
        if chosen.iter().all(|&c| allowed(c, p)) {
            chosen.push(p);
            choose(free, i + 1, more - 1, chosen, allowed, found);
            chosen.pop();
        }
    }
}

/// Deterministic pseudo-random numbers from a seed other than 0
/// (xorshift64): the same seed, the same numbers on every machine.
pub(super) fn noise(seed: u64) -> impl FnMut() -> u64 {
    let mut state = seed;
    move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    }
}

/// A greedy start (the hardest to place first, each into the group it adds
/// most to), then moves of one person between groups and swaps of two
/// while any raises the total, or places someone left out. `start` varies
/// the order of the greedy start, deterministically.
fn local_search(weights: &Weights, sizes: &[usize], start: u64) -> Found {
    let n = weights.n;
    let options: Vec<usize> =
        (0..n).map(|p| (0..n).filter(|&q| weights.get(p, q).is_some()).count()).collect();
    let mut order: Vec<usize> = (0..n).collect();
    let mut noise = noise(0x9E37_79B9_7F4A_7C15u64.wrapping_mul(start + 1));
    let tie: Vec<u64> = (0..n).map(|_| if start == 0 { 0 } else { noise() }).collect();
    // Locked people first, each lock's people one after another, the
    // largest first; then the hardest to place.
    let first_of: Vec<usize> = {
        let mut first: Vec<usize> = (0..n).collect();
        let locked: Vec<(usize, usize)> =
            (0..n).flat_map(|p| weights.locks[p].iter().map(move |&q| (p, q))).collect();
        for members in clusters(n, &locked) {
            for &p in &members {
                first[p] = members[0];
            }
        }
        first
    };
    order.sort_by_key(|&p| {
        let (cluster, first) = (std::cmp::Reverse(weights.cluster[p]), first_of[p]);
        (cluster, options[first], tie[first], first, p)
    });
    let mut groups: Vec<Vec<usize>> = sizes.iter().map(|&s| Vec::with_capacity(s + 1)).collect();
    let mut left_out = Vec::new();
    // Per first of a lock's people, the group they went to.
    let mut cluster_group: Vec<Option<usize>> = vec![None; n];
    for &p in &order {
        // The people of a lock go where its first went; the first takes a
        // group with room for all of them, if there is one. Else the group
        // with room where the person adds most; an empty group before a
        // group it adds nothing to, so that everyone is spread.
        let (need, home) = match cluster_group[first_of[p]] {
            Some(g) => (1, Some(g)),
            None => (weights.cluster[p], None),
        };
        let room = |g: usize, members: &Vec<usize>, need: usize| members.len() + need <= sizes[g];
        // For the first of a lock's people, the tightest fit first (the
        // largest locks were placed first: best fit decreasing).
        let tight = |g: usize, members: &Vec<usize>| match need > 1 {
            true => std::cmp::Reverse(sizes[g] - members.len()),
            false => std::cmp::Reverse(0),
        };
        let choose = |need: usize, home: Option<usize>| {
            groups
                .iter()
                .enumerate()
                .filter(|(g, members)| room(*g, members, need) && home.is_none_or(|h| h == *g))
                .filter_map(|(g, members)| {
                    weights.gain(p, members).map(|gain| (tight(g, members), gain, members.is_empty(), g))
                })
                .max_by_key(|&(tight, gain, empty, g)| (tight, gain, empty, std::cmp::Reverse(g)))
                .map(|(_, gain, empty, g)| (gain, empty, g))
        };
        let best = choose(need, home).or_else(|| choose(1, None));
        if weights.cluster[p] > 1 && home.is_none() {
            cluster_group[first_of[p]] = best.map(|(_, _, g)| g);
        }
        match best {
            Some((_, _, g)) => groups[g].push(p),
            None => left_out.push(p),
        }
    }
    improve(weights, sizes, &mut groups, &mut left_out);
    (groups, left_out)
}

/// Moves and swaps while any improves: a person left out into a group with
/// room, or in place of a member who can go elsewhere; a person to a group
/// with room; two people of two groups exchanged.
fn improve(weights: &Weights, sizes: &[usize], groups: &mut [Vec<usize>], left_out: &mut Vec<usize>) {
    let mut changed = true;
    let mut rounds = 0;
    while changed && rounds < 200 {
        changed = false;
        rounds += 1;
        // Place the left out where there is room.
        left_out.retain(|&p| {
            let room = (0..groups.len())
                .filter(|&g| groups[g].len() < sizes[g])
                .find(|&g| weights.gain(p, &groups[g]).is_some());
            match room {
                Some(g) => {
                    groups[g].push(p);
                    changed = true;
                    false
                }
                None => true,
            }
        });
        // Moves to a group with room, where the sizes allow: a group keeps
        // at least the smallest size.
        let smallest = sizes.iter().copied().min().unwrap_or(0);
        for a in 0..groups.len() {
            let mut i = 0;
            while i < groups[a].len() {
                let p = groups[a][i];
                let here = weights.gain(p, &groups[a]).unwrap_or(0);
                let target = (0..groups.len())
                    .filter(|&b| b != a && groups[b].len() < sizes[b] && groups[a].len() > smallest)
                    .filter_map(|b| weights.gain(p, &groups[b]).map(|gain| (gain, b)))
                    .filter(|&(gain, _)| gain > here)
                    .max_by_key(|&(gain, b)| (gain, std::cmp::Reverse(b)));
                if let Some((_, b)) = target {
                    groups[a].swap_remove(i);
                    groups[b].push(p);
                    changed = true;
                } else {
                    i += 1;
                }
            }
        }
        // Swaps between two groups.
        for a in 0..groups.len() {
            for b in a + 1..groups.len() {
                let mut i = 0;
                while i < groups[a].len() {
                    let p = groups[a][i];
                    let mut swapped = false;
                    for j in 0..groups[b].len() {
                        let q = groups[b][j];
                        let before = weights.gain(p, &groups[a]).unwrap_or(0)
                            + weights.gain(q, &groups[b]).unwrap_or(0);
                        let (qa, pb) =
                            (weights.gain_without(q, &groups[a], p), weights.gain_without(p, &groups[b], q));
                        if let (Some(qa), Some(pb)) = (qa, pb)
                            && qa + pb > before
                        {
                            groups[a][i] = q;
                            groups[b][j] = p;
                            swapped = true;
                            changed = true;
                            break;
                        }
                    }
                    if !swapped {
                        i += 1;
                    }
                }
            }
        }
        // Someone left out in place of a member who has room elsewhere.
        let mut placed = Vec::new();
        for (k, &p) in left_out.iter().enumerate() {
            'groups: for a in 0..groups.len() {
                for i in 0..groups[a].len() {
                    let m = groups[a][i];
                    // A locked member stays with their partners.
                    if !weights.locks[m].is_empty() || weights.gain_without(p, &groups[a], m).is_none() {
                        continue;
                    }
                    let room = (0..groups.len())
                        .filter(|&b| b != a && groups[b].len() < sizes[b])
                        .find(|&b| weights.gain(m, &groups[b]).is_some());
                    if let Some(b) = room {
                        groups[a][i] = p;
                        groups[b].push(m);
                        placed.push(k);
                        changed = true;
                        break 'groups;
                    }
                }
            }
        }
        for k in placed.into_iter().rev() {
            left_out.remove(k);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[derive(Clone, Debug)]
    struct Pool(Vec<Vec<Option<u32>>>);

    impl PoolScores for Pool {
        fn people(&self) -> usize {
            self.0.len()
        }
        fn score(&self, a: usize, b: usize) -> Option<u32> {
            if a == b { None } else { self.0[a.min(b)][a.max(b)] }
        }
    }

    /// Every grouping of everyone into these sizes that keeps every lock,
    /// by brute force: the best total, or `None` when none is allowed.
    fn brute_force(pool: &Pool, sizes: &[usize], locked: &[(usize, usize)]) -> Option<u64> {
        fn go(pool: &Pool, left: &[usize], sizes: &mut Vec<usize>, locked: &[(usize, usize)]) -> Option<u64> {
            let Some(&first) = left.first() else { return sizes.is_empty().then_some(0) };
            let mut best = None;
            let kinds: std::collections::BTreeSet<usize> = sizes.iter().copied().collect();
            for size in kinds {
                let at = sizes.iter().position(|&s| s == size).unwrap();
                sizes.remove(at);
                let others: Vec<usize> = left[1..].to_vec();
                for combination in combinations(&others, size - 1) {
                    let mut group = vec![first];
                    group.extend(&combination);
                    let weights = Weights::new(pool, locked);
                    let allowed =
                        group.iter().all(|&a| group.iter().all(|&b| a == b || weights.get(a, b).is_some()));
                    let kept = locked.iter().all(|(a, b)| group.contains(a) == group.contains(b));
                    if !allowed || !kept {
                        continue;
                    }
                    let rest: Vec<usize> = left.iter().copied().filter(|p| !group.contains(p)).collect();
                    if let Some(total) = go(pool, &rest, sizes, locked) {
                        let total = total + weights.group(&group);
                        best = Some(best.map_or(total, |b: u64| b.max(total)));
                    }
                }
                sizes.insert(at, size);
            }
            best
        }
        fn combinations(items: &[usize], k: usize) -> Vec<Vec<usize>> {
            if k == 0 {
                return vec![Vec::new()];
            }
            let mut all = Vec::new();
            for (i, &item) in items.iter().enumerate() {
                for mut rest in combinations(&items[i + 1..], k - 1) {
                    rest.insert(0, item);
                    all.push(rest);
                }
            }
            all
        }
        go(pool, &(0..pool.people()).collect::<Vec<_>>(), &mut sizes.to_vec(), locked)
    }

    /// Up to three locks between people of a pool of `n`.
    fn locks(n: usize) -> impl Strategy<Value = Vec<(usize, usize)>> {
        proptest::collection::vec((0..n, 0..n), 0..3).prop_map(|pairs| {
            pairs.into_iter().filter(|(a, b)| a != b).map(|(a, b)| (a.min(b), a.max(b))).collect()
        })
    }

    fn pool(max: usize) -> impl Strategy<Value = Pool> {
        (4..=max).prop_flat_map(|n| {
            proptest::collection::vec(proptest::option::weighted(0.85, 0u32..20), n * n)
                .prop_map(move |cells| Pool((0..n).map(|a| cells[a * n..(a + 1) * n].to_vec()).collect()))
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn exact_against_brute_force_and_the_bound_holds(
            (pool, locked) in pool(9).prop_flat_map(|pool| { let n = pool.people(); (Just(pool), locks(n)) }),
            size in 2usize..5,
        ) {
            let sizes = sizes(pool.people(), size);
            let grouping = group(&pool, &sizes, &locked);
            let best = brute_force(&pool, &sizes, &locked);
            let weights = Weights::new(&pool, &locked);
            match best {
                Some(best) => {
                    prop_assert!(grouping.exact);
                    prop_assert!(grouping.unkept.is_empty(), "locks {:?} not kept: {:?}", locked, grouping.groups);
                    prop_assert_eq!(grouping.total, best);
                    prop_assert!(grouping.left_out.is_empty());
                    prop_assert!(grouping.bound >= best, "bound {} below the best {}", grouping.bound, best);
                    let mut got: Vec<usize> = grouping.groups.iter().map(Vec::len).collect();
                    let mut want = sizes.clone();
                    got.sort_unstable();
                    want.sort_unstable();
                    prop_assert_eq!(got, want);
                }
                None => prop_assert!(
                    !grouping.unkept.is_empty() || !grouping.left_out.is_empty() || grouping.groups.len() < sizes.len()
                ),
            }
            for g in &grouping.groups {
                for &a in g {
                    for &b in g {
                        prop_assert!(a == b || weights.get(a, b).is_some(), "{a} and {b} may not share a group");
                    }
                }
            }
            prop_assert_eq!(grouping.total, grouping.groups.iter().map(|g| weights.group(g)).sum::<u64>());
        }

        #[test]
        fn the_heuristic_never_beats_the_best_nor_breaks_a_rule(pool in pool(10), size in 2usize..5) {
            let sizes = sizes(pool.people(), size);
            let weights = Weights::new(&pool, &[]);
            let (groups, left_out) = local_search(&weights, &sizes, 0);
            let total: u64 = groups.iter().map(|g| weights.group(g)).sum();
            let placed: usize = groups.iter().map(Vec::len).sum();
            prop_assert_eq!(placed + left_out.len(), pool.people());
            for (g, members) in groups.iter().enumerate() {
                prop_assert!(members.len() <= sizes[g]);
                for &a in members {
                    for &b in members {
                        prop_assert!(a == b || weights.get(a, b).is_some());
                    }
                }
            }
            if left_out.is_empty() && groups.iter().zip(&sizes).all(|(g, &s)| g.len() == s) {
                let best = brute_force(&pool, &sizes, &[]).expect("the heuristic found one");
                prop_assert!(total <= best);
                prop_assert!(bound(&weights, &sizes) >= best);
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(100))]

        /// Beyond the exact method, with no rule in the way and no more
        /// locks' people than groups to take them, every lock is kept,
        /// people locked with several others included.
        #[test]
        fn the_heuristic_keeps_every_lock_that_could_have_a_group_of_its_own(
            n in (EXACT_UP_TO + 1)..40,
            size in 4usize..7,
            seed in any::<u64>(),
            chains in proptest::collection::vec((any::<u16>(), 2usize..4), 0..6),
        ) {
            let mut noise = noise(seed | 1);
            let pool = Pool((0..n).map(|_| (0..n).map(|_| Some((noise() % 20) as u32)).collect()).collect());
            // Disjoint chains of two or three people, each a lock or two,
            // at most one for each group.
            let sizes = sizes(n, size);
            let mut free: Vec<usize> = (0..n).collect();
            let mut locked = Vec::new();
            for (pick, length) in chains.into_iter().take(sizes.len()) {
                if free.len() < length {
                    break;
                }
                let chain: Vec<usize> = (0..length).map(|_| free.remove(usize::from(pick) % free.len())).collect();
                locked.extend(chain.windows(2).map(|w| (w[0].min(w[1]), w[0].max(w[1]))));
            }
            let grouping = group(&pool, &sizes, &locked);
            prop_assert!(grouping.unkept.is_empty(), "locks {:?} not kept: {:?}", locked, grouping.groups);
            prop_assert!(grouping.left_out.is_empty());
        }
    }

    #[test]
    fn sizes_stay_within_one_of_the_size_asked() {
        assert_eq!(sizes(13, 4), [5, 4, 4]);
        assert_eq!(sizes(12, 4), [4, 4, 4]);
        assert_eq!(sizes(500, 5), vec![5; 100]);
        assert_eq!(sizes(7, 5), [4, 3]);
        assert_eq!(sizes(5, 5), [5]);
        assert_eq!(sizes(6, 5), [6]);
        assert_eq!(sizes(1, 5), [1]);
        assert!(sizes(0, 5).is_empty());
        for people in 2..200 {
            for size in 2..8 {
                let sizes = sizes(people, size);
                assert_eq!(sizes.iter().sum::<usize>(), people);
                // Within one wherever some count of groups allows it.
                if people > size + 1 && people.div_ceil(size + 1) <= people / (size - 1) {
                    assert!(
                        sizes.iter().all(|&s| s + 1 >= size && s <= size + 1),
                        "{people} by {size}: {sizes:?}"
                    );
                }
            }
        }
    }
}
