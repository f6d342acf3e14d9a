// One browser scenario at a time: each starts a host, Chromium and sometimes the playground, and on a 2-core
// machine running them side by side only makes every wait slower and the suite flakier, not faster.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
