//! Minimum-cost flow by successive shortest paths (Dijkstra with
//! potentials), on integer costs. Used where the assignment carries side
//! constraints that the Hungarian method cannot express: lower bounds on how
//! many mentees of a group are matched.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

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
        const FAR: i64 = i64::MAX / 4;
        let nodes = self.adjacent.len();
        // Invariant: reduced costs cost + p[u] − p[v] ≥ 0 on every residual
        // edge, so Dijkstra finds shortest paths.
        let mut potential = vec![FAR; nodes];
        potential[source] = 0;
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
        loop {
            distance.fill(FAR);
            distance[source] = 0;
            let mut heap = BinaryHeap::from([Reverse((0i64, source))]);
            while let Some(Reverse((d, u))) = heap.pop() {
                if d > distance[u] {
                    continue;
                }
                // Nodes farther than the sink need not be settled: their
                // potentials move by the sink's distance (below), which
                // keeps every reduced cost non-negative.
                if u == sink {
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
            if distance[sink] == FAR {
                return;
            }
            let reach = distance[sink];
            for (p, d) in potential.iter_mut().zip(&distance) {
                *p += (*d).min(reach);
            }
            // The paths' true cost: stop once more flow would not pay.
            if potential[sink] - potential[source] >= 0 {
                return;
            }
            self.augment_admissible(source, sink, &potential);
        }
    }

    /// Sends as much flow as the admissible edges (residual, of reduced
    /// cost 0) carry from `source` to `sink`: a blocking flow found level
    /// by level (Dinic), so that one shortest-path search serves every path
    /// of the same length, as tie-heavy mentoring scores give many. Every
    /// path it uses has the shortest cost, and reduced costs stay
    /// non-negative.
    fn augment_admissible(&mut self, source: usize, sink: usize, potential: &[i64]) {
        let nodes = self.adjacent.len();
        let admissible = |network: &Network, u: usize, e: usize| -> bool {
            network.capacity[e] > 0 && network.cost[e] + potential[u] - potential[network.to[e]] == 0
        };
        let mut level = vec![usize::MAX; nodes];
        let mut next = vec![0usize; nodes];
        let mut queue = std::collections::VecDeque::new();
        loop {
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
                return;
            }
            next.fill(0);
            // Depth-first along rising levels, with a stack of edges; an
            // edge that leads nowhere is skipped for the rest of the phase.
            let mut path: Vec<usize> = Vec::new();
            let mut u = source;
            loop {
                if u == sink {
                    let bottleneck = path.iter().map(|&e| self.capacity[e]).min().unwrap_or(0);
                    for &e in &path {
                        self.capacity[e] -= bottleneck;
                        self.capacity[e ^ 1] += bottleneck;
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
