//! Minimum-cost flow by successive shortest paths (Dijkstra with
//! potentials), on integer costs. Used where the assignment carries side
//! constraints that the Hungarian method cannot express: lower bounds on how
//! many mentees of a group are matched.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// Farther than any path.
const FAR: i64 = i64::MAX / 4;

/// A flow network with integer capacities and costs.
pub struct Network {
    /// Per node, the indices of its outgoing edges (residual ones included).
    adjacent: Vec<Vec<usize>>,
    to: Vec<usize>,
    capacity: Vec<i64>,
    cost: Vec<i64>,
}

impl Network {
    pub fn new(nodes: usize) -> Network {
        Network { adjacent: vec![Vec::new(); nodes], to: Vec::new(), capacity: Vec::new(), cost: Vec::new() }
    }

    /// Adds an edge and its residual twin; returns the edge's index.
    pub fn edge(&mut self, from: usize, to: usize, capacity: i64, cost: i64) -> usize {
        let index = self.to.len();
        for (a, b, c, w) in [(from, to, capacity, cost), (to, from, 0, -cost)] {
            self.adjacent[a].push(self.to.len());
            self.to.push(b);
            self.capacity.push(c);
            self.cost.push(w);
        }
        index
    }

    /// The flow on an edge added by [`Network::edge`].
    pub fn flow(&self, edge: usize) -> i64 {
        self.capacity[edge ^ 1]
    }

    /// How many nodes the network has.
    pub fn nodes(&self) -> usize {
        self.adjacent.len()
    }

    /// Every edge added by [`Network::edge`]: (its index, from, to,
    /// capacity, cost).
    pub fn edges(&self) -> impl Iterator<Item = (usize, usize, usize, i64, i64)> + '_ {
        (0..self.to.len()).step_by(2).map(|e| self.edge_at(e))
    }

    /// An edge added by [`Network::edge`], by its index: (its index, from,
    /// to, capacity, cost).
    pub fn edge_at(&self, e: usize) -> (usize, usize, usize, i64, i64) {
        (e, self.to[e ^ 1], self.to[e], self.capacity[e] + self.capacity[e ^ 1], self.cost[e])
    }

    /// Sends flow from `source` to `sink` along cheapest paths for as long as
    /// a path has negative cost: the result is a flow of minimum cost (of any
    /// value). `order` lists the nodes in an order in which every edge goes
    /// forward, so first potentials come from one pass, negative costs and
    /// all.
    ///
    /// Each augmentation is one Dijkstra run, O(E log V); there are at most
    /// as many as units of flow.
    ///
    /// Returns node potentials that prove the flow optimal: every residual
    /// edge has a reduced cost (cost + p[from] − p[to]) of at least zero,
    /// and p[sink] ≥ p[source]. An edge left out of the network that has a
    /// negative reduced cost under them may improve the flow; when none has,
    /// the flow is optimal with them too.
    pub fn min_cost_flow(&mut self, source: usize, sink: usize, order: &[usize]) -> Vec<i64> {
        let nodes = self.adjacent.len();
        // Invariant: reduced costs cost + p[u] − p[v] ≥ 0 on every residual
        // edge, so Dijkstra finds shortest paths. First potentials: the
        // distances from the source.
        let mut potential = vec![FAR; nodes];
        potential[source] = 0;
        for &u in order {
            // A node no edge reaches starts a reach of its own, so that its
            // edges hold too.
            if potential[u] == FAR {
                potential[u] = 0;
            }
            for &e in &self.adjacent[u] {
                // Every edge added, even one without room, so that the
                // potentials hold for it when flow makes room on it later.
                if e % 2 == 0 && potential[u] + self.cost[e] < potential[self.to[e]] {
                    potential[self.to[e]] = potential[u] + self.cost[e];
                }
            }
        }
        let unreachable = potential.iter().filter(|&&p| p < FAR).max().copied().unwrap_or(0);
        for p in &mut potential {
            if *p == FAR {
                *p = unreachable;
            }
        }
        let mut distance = vec![FAR; nodes];
        loop {
            if !self.shortest_paths(source, sink, &mut potential, &mut distance) {
                break;
            }
            // The paths' true cost: stop once more flow would not pay.
            if potential[sink] - potential[source] >= 0 {
                break;
            }
            self.augment_admissible(source, sink, &potential, i64::MAX);
        }
        // The tightest such potentials: the distances from the source, and
        // for the nodes beyond its reach, the least that keeps their edges'
        // reduced costs non-negative (x[u] = max over residual edges u→v of
        // x[v] − reduced cost, a shortest-path search backwards from the
        // reached nodes), so that an edge left out of the network is
        // flagged only where it would shorten a path.
        self.dijkstra(source, None, &potential, &mut distance);
        let mut rise: Vec<i64> = distance.iter().map(|&d| if d < FAR { d } else { FAR }).collect();
        let mut heap: BinaryHeap<Reverse<(i64, usize)>> =
            (0..nodes).filter(|&v| distance[v] < FAR).map(|v| Reverse((-distance[v], v))).collect();
        let mut below = vec![FAR; nodes];
        for v in 0..nodes {
            if distance[v] < FAR {
                below[v] = -distance[v];
            }
        }
        while let Some(Reverse((y, v))) = heap.pop() {
            if y > below[v] {
                continue;
            }
            for &back in &self.adjacent[v] {
                // `back ^ 1` is an edge u → v.
                let (u, e) = (self.to[back], back ^ 1);
                if distance[u] < FAR || self.capacity[e] <= 0 {
                    continue;
                }
                let next = y + self.cost[e] + potential[u] - potential[v];
                if next < below[u] {
                    below[u] = next;
                    heap.push(Reverse((next, u)));
                }
            }
        }
        for v in 0..nodes {
            if distance[v] == FAR {
                rise[v] = if below[v] < FAR { -below[v] } else { 0 };
            }
        }
        // The nodes that reach neither the source's reach nor the nodes
        // risen above: no residual edge leaves them, so one shift for all
        // keeps their own edges as they were; it goes as low as the edges
        // into them need.
        let stranded = |v: usize| distance[v] == FAR && below[v] == FAR;
        let mut shift = 0;
        for u in (0..nodes).filter(|&u| !stranded(u)) {
            for &e in &self.adjacent[u] {
                let v = self.to[e];
                if self.capacity[e] > 0 && stranded(v) {
                    shift = shift.min(self.cost[e] + potential[u] + rise[u] - potential[v]);
                }
            }
        }
        for v in (0..nodes).filter(|&v| stranded(v)) {
            rise[v] = shift;
        }
        for (p, r) in potential.iter_mut().zip(&rise) {
            *p += r;
        }
        if potential[sink] < potential[source] {
            // No residual path from the source to the sink, so no residual
            // edge enters the nodes that reach the sink from the others:
            // raising their potentials keeps every reduced cost
            // non-negative.
            let rise = potential[source] - potential[sink];
            for node in self.reaching(sink) {
                potential[node] += rise;
            }
        }
        potential
    }

    /// Potentials from [`Network::min_cost_flow`]'s that also meet
    /// complementary slackness on the source's free supply: where flow
    /// left `source`, `p[sink] = p[source]`, so that weak duality's bound
    /// on the cost of any flow from the source (Σ_e min(0, reduced
    /// cost_e)·capacity_e) is met with equality by this flow.
    ///
    /// With `D = p[sink] − p[source]` and `h` the distances from the sink
    /// on reduced costs, `p'[v] = p[v] − max(0, D − h[v])` keeps every
    /// residual reduced cost non-negative (`h[v] ≤ h[u] + reduced(u, v)`),
    /// lowers the sink by `D` and leaves the source, which no residual path
    /// from the sink reaches at less than `D` when the flow is optimal.
    pub fn balanced(&self, potential: &[i64], source: usize, sink: usize) -> Vec<i64> {
        let gap = potential[sink] - potential[source];
        let sent = self.adjacent[source].iter().any(|&e| e % 2 == 0 && self.capacity[e ^ 1] > 0);
        if gap <= 0 || !sent {
            return potential.to_vec();
        }
        let mut distance = vec![FAR; self.adjacent.len()];
        self.dijkstra(sink, None, potential, &mut distance);
        debug_assert!(distance[source] >= gap, "an optimal flow has no cheaper way back");
        potential.iter().zip(&distance).map(|(&p, &h)| p - (gap - h).max(0)).collect()
    }

    /// The nodes a residual path from `from` reaches, `from` included,
    /// without crossing a `barred` edge (by its index, as
    /// [`Network::edge`] gives it) or entering a `closed` node; `more`
    /// adds to a node's residual edges some left out of the network.
    pub fn reached(
        &self,
        from: &[usize],
        barred: impl Fn(usize) -> bool,
        closed: &[usize],
        more: impl Fn(usize) -> Vec<usize>,
    ) -> Vec<bool> {
        let mut seen = vec![false; self.adjacent.len()];
        for &v in closed {
            seen[v] = true;
        }
        let mut stack: Vec<usize> = from.to_vec();
        for &v in from {
            seen[v] = true;
        }
        while let Some(u) = stack.pop() {
            for &e in &self.adjacent[u] {
                let v = self.to[e];
                if !seen[v] && self.capacity[e] > 0 && !barred(e & !1) {
                    seen[v] = true;
                    stack.push(v);
                }
            }
            for v in more(u) {
                if !seen[v] {
                    seen[v] = true;
                    stack.push(v);
                }
            }
        }
        for &v in closed {
            seen[v] = from.contains(&v);
        }
        seen
    }

    /// The nodes from which a residual path leads to `to`, `to` included.
    fn reaching(&self, to: usize) -> Vec<usize> {
        let mut seen = vec![false; self.adjacent.len()];
        seen[to] = true;
        let mut stack = vec![to];
        let mut found = Vec::new();
        while let Some(v) = stack.pop() {
            found.push(v);
            for &back in &self.adjacent[v] {
                // `back ^ 1` is an edge into `v`.
                let u = self.to[back];
                if !seen[u] && self.capacity[back ^ 1] > 0 {
                    seen[u] = true;
                    stack.push(u);
                }
            }
        }
        found
    }

    /// Dijkstra from `from` on reduced costs, then potentials moved by the
    /// distances (capped at the sink's); false when `sink` is out of reach.
    fn shortest_paths(&self, from: usize, sink: usize, potential: &mut [i64], distance: &mut [i64]) -> bool {
        self.dijkstra(from, Some(sink), potential, distance);
        if distance[sink] == FAR {
            return false;
        }
        let reach = distance[sink];
        for (p, d) in potential.iter_mut().zip(distance.iter()) {
            *p += (*d).min(reach);
        }
        true
    }

    /// The distances from `from` on reduced costs, into `distance` (`FAR`
    /// where out of reach); settled up to `until`, or everywhere.
    fn dijkstra(&self, from: usize, until: Option<usize>, potential: &[i64], distance: &mut [i64]) {
        distance.fill(FAR);
        distance[from] = 0;
        let mut heap = BinaryHeap::from([Reverse((0i64, from))]);
        while let Some(Reverse((d, u))) = heap.pop() {
            if d > distance[u] {
                continue;
            }
            // Nodes farther than the sink need not be settled: their
            // potentials move by the sink's distance, which keeps every
            // reduced cost non-negative.
            if Some(u) == until {
                break;
            }
            for &e in &self.adjacent[u] {
                if self.capacity[e] <= 0 {
                    continue;
                }
                let v = self.to[e];
                let next = d + self.cost[e] + potential[u] - potential[v];
                if next < distance[v] {
                    distance[v] = next;
                    heap.push(Reverse((next, v)));
                }
            }
        }
    }

    /// Sends as much flow as the admissible edges (residual, of reduced
    /// cost 0) carry from `source` to `sink`: a blocking flow found level
    /// by level (Dinic), so that one shortest-path search serves every path
    /// of the same length, as tie-heavy mentoring scores give many. Every
    /// path it uses has the shortest cost, and reduced costs stay
    /// non-negative. Sends at most `limit`; returns what it sent.
    fn augment_admissible(&mut self, source: usize, sink: usize, potential: &[i64], limit: i64) -> i64 {
        let nodes = self.adjacent.len();
        let admissible = |network: &Network, u: usize, e: usize| -> bool {
            network.capacity[e] > 0 && network.cost[e] + potential[u] - potential[network.to[e]] == 0
        };
        let mut level = vec![usize::MAX; nodes];
        let mut next = vec![0usize; nodes];
        let mut queue = std::collections::VecDeque::new();
        let mut sent = 0;
        while sent < limit {
            level.fill(usize::MAX);
            level[source] = 0;
            queue.clear();
            queue.push_back(source);
            while let Some(u) = queue.pop_front() {
                for &e in &self.adjacent[u] {
                    let v = self.to[e];
                    if level[v] == usize::MAX && admissible(self, u, e) {
                        level[v] = level[u] + 1;
                        queue.push_back(v);
                    }
                }
            }
            if level[sink] == usize::MAX {
                return sent;
            }
            next.fill(0);
            // Depth-first along rising levels, with a stack of edges; an
            // edge that leads nowhere is skipped for the rest of the phase.
            let mut path: Vec<usize> = Vec::new();
            let mut u = source;
            loop {
                if u == sink {
                    let bottleneck =
                        path.iter().map(|&e| self.capacity[e]).min().unwrap_or(0).min(limit - sent);
                    for &e in &path {
                        self.capacity[e] -= bottleneck;
                        self.capacity[e ^ 1] += bottleneck;
                    }
                    sent += bottleneck;
                    if sent == limit {
                        return sent;
                    }
                    // Back to the tail of the first saturated edge.
                    let cut = path.iter().position(|&e| self.capacity[e] == 0).unwrap_or(0);
                    path.truncate(cut);
                    u = path.last().map_or(source, |&e| self.to[e]);
                    continue;
                }
                let mut advanced = false;
                while next[u] < self.adjacent[u].len() {
                    let e = self.adjacent[u][next[u]];
                    let v = self.to[e];
                    if level[v] == level[u] + 1 && admissible(self, u, e) {
                        path.push(e);
                        u = v;
                        advanced = true;
                        break;
                    }
                    next[u] += 1;
                }
                if advanced {
                    continue;
                }
                // A dead end: retreat, and never try this edge again.
                level[u] = usize::MAX;
                match path.pop() {
                    Some(e) => {
                        u = self.to[e ^ 1];
                        next[u] += 1;
                    }
                    None => break,
                }
            }
        }
        sent
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Whether every residual edge has a reduced cost of at least zero.
    fn proves(network: &Network, potential: &[i64]) -> bool {
        (0..network.nodes()).all(|u| {
            network.adjacent[u].iter().all(|&e| {
                network.capacity[e] <= 0 || network.cost[e] + potential[u] - potential[network.to[e]] >= 0
            })
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]

        /// On random networks whose edges all go forward (the source first,
        /// the sink last), some without room and many of negative cost:
        /// the potentials prove the flow optimal on every residual edge,
        /// nodes out of every reach included, and the balanced ones also
        /// meet weak duality's bound with equality.
        #[test]
        fn potentials_prove_the_flow_and_balanced_ones_meet_the_bound(
            nodes in 3usize..9,
            edges in proptest::collection::vec((0usize..9, 0usize..9, 0i64..3, -10i64..6), 0..24),
        ) {
            let (source, sink) = (nodes - 1, 0);
            let mut network = Network::new(nodes);
            for (a, b, capacity, cost) in edges {
                let (a, b) = (a % nodes, b % nodes);
                if a > b {
                    network.edge(a, b, capacity, cost);
                }
            }
            let order: Vec<usize> = (0..nodes).rev().collect();
            let potential = network.min_cost_flow(source, sink, &order);
            prop_assert!(proves(&network, &potential));
            prop_assert!(potential[sink] >= potential[source]);
            let balanced = network.balanced(&potential, source, sink);
            prop_assert!(proves(&network, &balanced));
            prop_assert!(balanced[sink] >= balanced[source]);
            let cost: i64 = network.edges().map(|(e, .., cost)| cost * network.flow(e)).sum();
            let bound: i64 = network
                .edges()
                .map(|(_, from, to, capacity, cost)| (cost + balanced[from] - balanced[to]).min(0) * capacity)
                .sum();
            prop_assert_eq!(cost, bound);
        }
    }

    #[test]
    fn takes_only_paths_that_pay() {
        // 0 → 1 → 3 costs −5, 0 → 2 → 3 costs +2: only the first is used.
        let mut network = Network::new(4);
        let a = network.edge(0, 1, 1, -2);
        network.edge(1, 3, 1, -3);
        let b = network.edge(0, 2, 1, 1);
        network.edge(2, 3, 1, 1);
        network.min_cost_flow(0, 3, &[0, 1, 2, 3]);
        assert_eq!((network.flow(a), network.flow(b)), (1, 0));
    }

    #[test]
    fn reroutes_through_residual_edges() {
        // Two sources of value into two sinks, where the greedy first path
        // must be undone: x→p (−10), x→q (−9), y→p (−8). Best: x→q, y→p.
        let (s, x, y, p, q, t) = (0, 1, 2, 3, 4, 5);
        let mut network = Network::new(6);
        network.edge(s, x, 1, 0);
        network.edge(s, y, 1, 0);
        let xp = network.edge(x, p, 1, -10);
        let xq = network.edge(x, q, 1, -9);
        let yp = network.edge(y, p, 1, -8);
        network.edge(p, t, 1, 0);
        network.edge(q, t, 1, 0);
        network.min_cost_flow(s, t, &[s, x, y, p, q, t]);
        assert_eq!((network.flow(xp), network.flow(xq), network.flow(yp)), (0, 1, 1));
    }
}
