#!/usr/bin/python3
"""Peer for bench_data_parallel: how PyTorch's own DistributedDataParallel (Gloo, loopback) scales on this
machine. The `tiny` model of peer_model.py (RoBERTa-style text, ViT, cross-attention, experts) trains on
random batches with AdamW and gradient clipping, global batch 16: one process x 1 thread against
2 processes x 1 thread (8 memes each, DDP averaging the gradients).
Then the machine's own ceiling: single-thread 512x512 matrix products for 3 s in one process, and in two
processes at once (their GFLOP/s summed) -- the most a compute-bound job can gain from a second process here.
usage: peer_data_parallel.py [STEPS]
Prints `torch VERSION`, `ddp PROCESSES samples/s` for 1 and 2 processes, then `matmul PROCESSES GFLOP/s` for 1 and 2."""
import os, socket, sys, time
import torch
import torch.distributed as dist
import torch.multiprocessing as mp
import torch.nn.functional as F

import peer_model

TOKENS = 48  # memes are short; the table of the C++ bench trains on the demo's captions


def batch(size, step, rank):
    g = torch.Generator().manual_seed(1000 * step + rank)
    ids = torch.randint(3, peer_model.V, (size, TOKENS), generator=g)
    return (ids, torch.ones(size, TOKENS, dtype=torch.long), torch.randn(size, 3, peer_model.S, peer_model.S, generator=g),
            torch.ones(size), torch.randint(0, peer_model.C, (size,), generator=g))


def train(rank, world, port, steps, out):
    torch.set_num_threads(1)
    if world > 1:
        dist.init_process_group("gloo", init_method=f"tcp://127.0.0.1:{port}", rank=rank, world_size=world)
    torch.manual_seed(0)
    model = peer_model.Tiny()
    # the pooler is unused by the loss (as in MemeScope): DDP must be told
    step_model = torch.nn.parallel.DistributedDataParallel(model, find_unused_parameters=True) if world > 1 else model
    opt = torch.optim.AdamW(model.parameters(), lr=3e-4, weight_decay=0.01)
    per_rank = 16 // world
    t0 = None
    for step in range(steps + 2):
        if step == 2:  # two warm-up steps
            if world > 1:
                dist.barrier()
            t0 = time.perf_counter()
        ids, wmask, pixels, imask, y = batch(per_rank, step, rank)
        logits, f, tt, ii, bal = step_model(ids, wmask, pixels, imask)
        loss = 0.7 * F.cross_entropy(logits, y) + 0.3 * (peer_model.nt_xent(f, tt) + peer_model.nt_xent(f, ii) + peer_model.nt_xent(tt, ii)) / 3 + 0.01 * bal
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
    if world > 1:
        dist.barrier()
    if rank == 0:
        out.put(16 * steps / (time.perf_counter() - t0))
    if world > 1:
        dist.destroy_process_group()


def products(seconds, out):
    torch.set_num_threads(1)
    a, b = torch.randn(512, 512), torch.randn(512, 512)
    a @ b
    t0, n = time.perf_counter(), 0
    while time.perf_counter() - t0 < seconds:
        a @ b
        n += 1
    out.put(n * 2 * 512 ** 3 / (time.perf_counter() - t0) / 1e9)


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    ctx = mp.get_context("spawn")
    print("torch", torch.__version__, flush=True)
    for world in (1, 2):
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        out = ctx.Queue()
        procs = [ctx.Process(target=train, args=(r, world, port, steps, out)) for r in range(world)]
        for p in procs:
            p.start()
        rate = out.get()
        for p in procs:
            p.join()
        print("ddp", world, f"{rate:.2f}", flush=True)
    for processes in (1, 2):
        out = ctx.Queue()
        procs = [ctx.Process(target=products, args=(3.0, out)) for _ in range(processes)]
        for p in procs:
            p.start()
        total = sum(out.get() for _ in procs)
        for p in procs:
            p.join()
        print("matmul", processes, f"{total:.1f}", flush=True)


if __name__ == "__main__":
    main()
