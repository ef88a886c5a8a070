#!/usr/bin/python3
"""Peer for bench_training: one training epoch of MemeScope's `tiny` model in PyTorch-Python (the model of
peer_model.py) with the same loop as MemeScope's trainer -- AdamW (lr 3e-4, weight decay 0.01), loss
0.7 CE + 0.3 contrastive + 0.01 balance, gradient clipping at 1.0 -- over exactly the batches MemeScope built
(token ids padded per batch, CLIP-normalised pixels), read from the folder bench_training wrote.
Prints: threads, samples, seconds (the first batch, a warm-up, excluded)."""
import json, os, sys, time
import numpy as np
import torch
import torch.nn.functional as F

import peer_model


def load(folder, name, dtype, shape):
    return torch.from_numpy(np.fromfile(os.path.join(folder, name), dtype=dtype).reshape(shape))


def main():
    folder = sys.argv[1]
    manifest = json.load(open(os.path.join(folder, "manifest.json")))
    peer_model.V = manifest["vocab"]
    batches = []
    for k, b in enumerate(manifest["batches"]):
        n, l, s = b["size"], b["length"], manifest["image_size"]
        batches.append((load(folder, f"{k}.ids", np.int64, (n, l)), load(folder, f"{k}.mask", np.int64, (n, l)),
                        load(folder, f"{k}.pixels", np.float32, (n, 3, s, s)), load(folder, f"{k}.imask", np.float32, (n,)),
                        load(folder, f"{k}.y", np.int64, (n,))))
    torch.manual_seed(0)
    model = peer_model.Tiny()
    model.train()
    opt = torch.optim.AdamW(model.parameters(), lr=3e-4, weight_decay=0.01)
    t0, samples = None, 0
    for i, (ids, mask, pixels, imask, y) in enumerate(batches):
        if i == 1:
            t0, samples = time.perf_counter(), 0
        logits, f, tt, ii, bal = model(ids, mask, pixels, imask)
        loss = 0.7 * F.cross_entropy(logits, y) + 0.3 * (peer_model.nt_xent(f, tt) + peer_model.nt_xent(f, ii) + peer_model.nt_xent(tt, ii)) / 3 + 0.01 * bal
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        loss.item()
        samples += ids.shape[0]
    print(torch.get_num_threads(), samples, f"{time.perf_counter() - t0:.3f}")


main()
