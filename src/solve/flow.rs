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

    /// Sends flow from `source` to `sink` along cheapest paths for as long as
    /// a path has negative cost: the result is a flow of minimum cost (of any
    /// value). `order` lists the nodes in an order in which every edge goes
    /// forward, so first potentials come from one pass, negative costs and
    /// all.
    ///
    /// Each augmentation is one Dijkstra run, O(E log V); there are at most
    /// as many as units of flow.
    pub fn min_cost_flow(&mut self, source: usize, sink: usize, order: &[usize]) {
        let _optimal = self.min_cost_flow_with(&[], source, sink, order);
    }

    /// [`Network::min_cost_flow`] where some nodes first supply a fixed
    /// amount each, sent to `sink` whatever it costs: the result costs the
    /// least of all flows in which each of those nodes sends exactly its
    /// amount (a lower bound that is also an upper one, on an edge into the
    /// node that is not in the network). False, with some sent, when a node
    /// cannot send its amount.
    ///
    /// Every augmentation along a cheapest path from a node with supply
    /// keeps the flow the cheapest for what has been sent from where, so the
    /// supplies go first and `source` after them.
    ///
    /// Returns node potentials that prove the flow optimal: every residual
    /// edge has a reduced cost (cost + p[from] − p[to]) of at least zero,
    /// and p[sink] ≥ p[source]. An edge left out of the network that has a
    /// negative reduced cost under them may improve the flow; when none has,
    /// the flow is optimal with them too.
    pub fn min_cost_flow_with(
        &mut self,
        supplies: &[(usize, i64)],
        source: usize,
        sink: usize,
        order: &[usize],
    ) -> Option<Vec<i64>> {
        let nodes = self.adjacent.len();
        // Invariant: reduced costs cost + p[u] − p[v] ≥ 0 on every residual
        // edge, so Dijkstra finds shortest paths. First potentials: the
        // distances from the source and the supplying nodes at once.
        let mut potential = vec![FAR; nodes];
        potential[source] = 0;
        for &(node, _) in supplies {
            potential[node] = 0;
        }
        for &u in order {
            if potential[u] == FAR {
                continue;
            }
            for &e in &self.adjacent[u] {
                if self.capacity[e] > 0 && potential[u] + self.cost[e] < potential[self.to[e]] {
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
        for &(node, amount) in supplies {
            let mut left = amount;
            while left > 0 {
                if !self.shortest_paths(node, sink, &mut potential, &mut distance) {
                    return None;
                }
                left -= self.augment_admissible(node, sink, &potential, left);
            }
        }
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
        Some(potential)
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
    fn a_supply_is_sent_whatever_it_costs_and_bars_the_cheaper_path() {
        // s → a → t costs −5 and s → b → t −1; b must supply its one unit,
        // and t takes one unit only: the flow goes through b.
        let (s, a, b, m, t) = (0, 1, 2, 3, 4);
        let mut network = Network::new(5);
        let sa = network.edge(s, a, 1, 0);
        network.edge(a, m, 1, -5);
        let bm = network.edge(b, m, 1, -1);
        network.edge(m, t, 1, 0);
        let potential = network.min_cost_flow_with(&[(b, 1)], s, t, &[s, a, b, m, t]).unwrap();
        assert_eq!((network.flow(sa), network.flow(bm)), (0, 1));
        // The potentials prove it: no residual edge of negative reduced
        // cost, and the sink not below the source.
        for u in 0..5 {
            for &e in &network.adjacent[u] {
                if network.capacity[e] > 0 {
                    assert!(network.cost[e] + potential[u] - potential[network.to[e]] >= 0);
                }
            }
        }
        assert!(potential[t] >= potential[s]);
    }

    #[test]
    fn a_supply_that_cannot_be_sent_is_refused() {
        let mut network = Network::new(3);
        network.edge(1, 2, 1, 0);
        assert!(network.min_cost_flow_with(&[(1, 2)], 0, 2, &[0, 1, 2]).is_none());
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
