#!/usr/bin/env python3
"""Peer for bench_checkpoints --activation-checkpointing: the same two encoders in PyTorch-Python with
Hugging Face transformers' own gradient checkpointing (torch.utils.checkpoint around each layer), loaded from
the same full-size checkpoint folders bench_checkpoints writes, then training steps (forward, backward, AdamW)
at the same batch and text length, one CPU thread.

The peer's head is the encoders' pooled outputs, concatenated, through one linear layer: MemeScope's seed
model adds the cross-attention fusion, the experts and the contrastive projections (about 45 M parameters
more, each with its AdamW state), so the peer is the lighter of the two.

usage (transformers pinned in the peers' virtual environment, scripts/peer-venv.sh):
  .venv-peers/bin/python tests/bench/peer_checkpointing.py CHECKPOINT_ROOT [--batch 16] [--tokens 512]
      [--checkpointing 0|1] [--steps 2]
Prints the peak resident memory after loading and after the steps, and the seconds per step."""
import argparse
import resource
import time

import torch
from transformers import CLIPVisionModel, RobertaModel


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024  # Linux: kilobytes


def main():
    p = argparse.ArgumentParser()
    p.add_argument("root")
    p.add_argument("--batch", type=int, default=16)
    p.add_argument("--tokens", type=int, default=512)
    p.add_argument("--checkpointing", type=int, default=1)
    p.add_argument("--steps", type=int, default=2)
    a = p.parse_args()
    torch.set_num_threads(1)
    torch.manual_seed(1)
    text = RobertaModel.from_pretrained(f"{a.root}/mental-roberta-base", add_pooling_layer=False)
    image = CLIPVisionModel.from_pretrained(f"{a.root}/clip-vit-base-patch32")
    if a.checkpointing:
        text.gradient_checkpointing_enable()
        image.gradient_checkpointing_enable()
    head = torch.nn.Linear(text.config.hidden_size + image.config.hidden_size, 7)
    loaded = peak_mb()
    params = [*text.parameters(), *image.parameters(), *head.parameters()]
    optimizer = torch.optim.AdamW(params, lr=2e-5)
    text.train(), image.train()
    ids = torch.randint(3, text.config.vocab_size, (a.batch, a.tokens))
    mask = torch.ones_like(ids)
    pixels = torch.randn(a.batch, 3, image.config.image_size, image.config.image_size)
    targets = torch.randint(0, 2, (a.batch, 7)).float()
    seconds = []
    for _ in range(a.steps):
        t = time.time()
        optimizer.zero_grad()
        t_cls = text(input_ids=ids, attention_mask=mask).last_hidden_state[:, 0]
        i_cls = image(pixel_values=pixels).pooler_output
        loss = torch.nn.functional.binary_cross_entropy_with_logits(head(torch.cat([t_cls, i_cls], -1)), targets)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        optimizer.step()
        seconds.append(time.time() - t)
    n = sum(x.numel() for x in params)
    print(f"parameters {n / 1e6:.0f} M, checkpointing {a.checkpointing}, batch {a.batch} x {a.tokens}")
    print(f"peak RSS after loading {loaded} MB, while training {peak_mb()} MB, step {seconds[-1]:.1f} s "
          f"(first {seconds[0]:.1f} s)")


if __name__ == "__main__":
    main()
