// One browser at a time: on a two-core machine parallel Chromium instances starve each other into timeouts.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
