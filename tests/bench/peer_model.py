#!/usr/bin/python3
"""Peer for bench_model: MemeScope's `tiny` model written in PyTorch-Python (same layers, sizes and losses:
a 4-layer 256-wide post-LN RoBERTa-style text encoder on 128 tokens (BPE vocabulary of 4,000), a 4-layer
256-wide ViT with 32 px patches on 224 px images, 2 layers of token<->patch cross-attention, top-2 MoE with
balance loss, MLP head, masked contrastive loss).
Prints: parameters, threads, median forward+backward ms per batch of 16."""
import statistics, sys, time
import torch
import torch.nn as nn
import torch.nn.functional as F

B, L, V, S, C = 16, 128, 4000, 224, 6
D, TXT, IMG = 256, 256, 256


class Attention(nn.Module):
    def __init__(self, d, h):
        super().__init__()
        self.h, self.dh = h, d // h
        self.q, self.k, self.v, self.o = (nn.Linear(d, d) for _ in range(4))
        self.drop = nn.Dropout(0.1)

    def forward(self, x, kv, mask=None):
        b, lq, _ = x.shape
        lk = kv.shape[1]
        q = self.q(x).view(b, lq, self.h, self.dh).transpose(1, 2)
        k = self.k(kv).view(b, lk, self.h, self.dh).transpose(1, 2)
        v = self.v(kv).view(b, lk, self.h, self.dh).transpose(1, 2)
        s = q @ k.transpose(-1, -2) / self.dh ** 0.5
        if mask is not None:
            s = s.masked_fill(mask.eq(0).view(b, 1, 1, lk), -1e9)
        p = torch.softmax(s, -1)
        return self.o((self.drop(p) @ v).transpose(1, 2).reshape(b, lq, -1)), p


class Block(nn.Module):
    def __init__(self, d, h, ffn):
        super().__init__()
        self.att, self.n1, self.w1, self.w2, self.n2 = Attention(d, h), nn.LayerNorm(d), nn.Linear(d, ffn), nn.Linear(ffn, d), nn.LayerNorm(d)
        self.drop = nn.Dropout(0.1)

    def forward(self, x, kv, mask=None):
        a, p = self.att(x, kv, mask)
        h = self.n1(x + self.drop(a))
        return self.n2(h + self.drop(self.w2(self.drop(F.gelu(self.w1(h)))))), p


class ViTLayer(nn.Module):
    def __init__(self, d, h, ffn):
        super().__init__()
        self.n1, self.n2 = nn.LayerNorm(d), nn.LayerNorm(d)
        self.q, self.k, self.v, self.o = (nn.Linear(d, d) for _ in range(4))
        self.fc1, self.fc2, self.h, self.dh = nn.Linear(d, ffn), nn.Linear(ffn, d), h, d // h

    def forward(self, x):
        b, l, d = x.shape
        y = self.n1(x)
        sp = lambda t: t.view(b, l, self.h, self.dh).transpose(1, 2)
        q, k, v = sp(self.q(y) * self.dh ** -0.5), sp(self.k(y)), sp(self.v(y))
        x = x + self.o((torch.softmax(q @ k.transpose(-1, -2), -1) @ v).transpose(1, 2).reshape(b, l, d))
        m = self.fc1(self.n2(x))
        return x + self.fc2(m * torch.sigmoid(1.702 * m))


class RobertaLayer(nn.Module):
    def __init__(self, d, h, ffn):
        super().__init__()
        self.q, self.k, self.v, self.o = (nn.Linear(d, d) for _ in range(4))
        self.n1, self.n2, self.fc1, self.fc2 = nn.LayerNorm(d), nn.LayerNorm(d), nn.Linear(d, ffn), nn.Linear(ffn, d)
        self.drop, self.h, self.dh = nn.Dropout(0.1), h, d // h

    def forward(self, x, additive):
        b, l, d = x.shape
        sp = lambda t: t.view(b, l, self.h, self.dh).transpose(1, 2)
        s = sp(self.q(x)) @ sp(self.k(x)).transpose(-1, -2) / self.dh ** 0.5 + additive
        c = (self.drop(torch.softmax(s, -1)) @ sp(self.v(x))).transpose(1, 2).reshape(b, l, d)
        h = self.n1(self.drop(self.o(c)) + x)
        return self.n2(self.drop(self.fc2(F.gelu(self.fc1(h)))) + h)


class Tiny(nn.Module):
    def __init__(self):
        super().__init__()
        self.word, self.position = nn.Embedding(V, TXT, padding_idx=1), nn.Embedding(L + 2, TXT, padding_idx=1)
        self.token_type, self.enorm, self.edrop = nn.Embedding(1, TXT), nn.LayerNorm(TXT), nn.Dropout(0.1)
        self.text_layers = nn.ModuleList(RobertaLayer(TXT, 4, 1024) for _ in range(4))
        self.pooler = nn.Linear(TXT, TXT)  # part of RobertaModel; unused by the loss (as in MemeScope)
        self.cls, self.patch = nn.Parameter(torch.randn(IMG) * 0.02), nn.Conv2d(3, IMG, 32, 32, bias=False)
        self.pos, self.pre, self.post = nn.Embedding(50, IMG), nn.LayerNorm(IMG), nn.LayerNorm(IMG)
        self.vit = nn.ModuleList(ViTLayer(IMG, 4, 1024) for _ in range(4))
        self.tp, self.ip = nn.Linear(TXT, D), nn.Linear(IMG, D)
        self.t2i = nn.ModuleList(Block(D, 4, 1024) for _ in range(2))
        self.i2t = nn.ModuleList(Block(D, 4, 1024) for _ in range(2))
        self.fnorm = nn.LayerNorm(D)
        self.experts = nn.ModuleList(nn.Sequential(nn.Linear(D, D), nn.LayerNorm(D), nn.GELU(), nn.Dropout(0.2)) for _ in range(4))
        self.gate = nn.Linear(D, 4)
        self.cls_head = nn.Sequential(nn.Linear(D, D), nn.LayerNorm(D), nn.GELU(), nn.Dropout(0.1), nn.Linear(D, C))
        self.cf = nn.Sequential(nn.Linear(D, D // 2), nn.LayerNorm(D // 2), nn.GELU(), nn.Linear(D // 2, 256))
        self.ct = nn.Sequential(nn.Linear(TXT, 256), nn.LayerNorm(256), nn.GELU())
        self.ci = nn.Sequential(nn.Linear(IMG, 256), nn.LayerNorm(256), nn.GELU())

    def forward(self, ids, wmask, pixels, imask):
        notpad = ids.ne(1).long()
        pos = torch.cumsum(notpad, 1) * notpad + 1
        words = self.edrop(self.enorm(self.word(ids) + self.position(pos) + self.token_type.weight[0]))
        additive = (1.0 - wmask.float()[:, None, None, :]) * torch.finfo(torch.float32).min
        for layer in self.text_layers:
            words = layer(words, additive)
        m = wmask.float().unsqueeze(-1)
        tpool = words[:, 0]
        x = torch.cat([self.cls.expand(ids.shape[0], 1, IMG), self.patch(pixels).flatten(2).transpose(1, 2)], 1) + self.pos.weight
        x = self.pre(x)
        for layer in self.vit:
            x = layer(x)
        ipool = self.post(x[:, 0])
        iseq = self.post(x)
        t, v = self.tp(words), self.ip(iseq)
        text_only = self.fnorm((t * m).sum(1) / m.sum(1).clamp_min(1))
        for a, b in zip(self.t2i, self.i2t):
            tn, _ = a(t, v)
            v, _ = b(v, t, wmask)
            t = tn
        fused = self.fnorm(0.5 * ((t * m).sum(1) / m.sum(1).clamp_min(1) + v[:, 0]))
        im = imask.unsqueeze(1)
        fused = im * fused + (1 - im) * text_only
        logits = self.gate(fused)
        probs = torch.softmax(logits, -1)
        top = logits.topk(2, -1)
        gates = torch.softmax(torch.full_like(logits, float("-inf")).scatter(1, top.indices, top.values), -1)
        fused = (torch.stack([e(fused) for e in self.experts], 1) * gates.unsqueeze(-1)).sum(1)
        balance = 4 * (F.one_hot(probs.argmax(1), 4).float().mean(0) * probs.mean(0)).sum()
        return self.cls_head(fused), F.normalize(self.cf(fused), dim=1), F.normalize(self.ct(tpool), dim=1), F.normalize(self.ci(ipool), dim=1), balance


def nt_xent(a, b, t=0.07):
    f = torch.cat([a, b])
    n = a.shape[0]
    s = (f @ f.t() / t).masked_fill(torch.eye(2 * n, dtype=torch.bool), float("-inf"))
    idx = torch.arange(2 * n)
    return F.cross_entropy(s, torch.where(idx < n, idx + n, idx - n))


def main():
    torch.manual_seed(0)
    model = Tiny()
    ids = torch.randint(3, V, (B, L))
    wmask = torch.ones(B, L, dtype=torch.long)
    pixels = torch.randn(B, 3, S, S)
    imask = torch.ones(B)
    y = torch.randint(0, C, (B,))
    times = []
    for i in range(int(sys.argv[1]) if len(sys.argv) > 1 else 12):
        t0 = time.perf_counter()
        logits, f, tt, ii, bal = model(ids, wmask, pixels, imask)
        loss = 0.7 * F.cross_entropy(logits, y) + 0.3 * (nt_xent(f, tt) + nt_xent(f, ii) + nt_xent(tt, ii)) / 3 + 0.01 * bal
        model.zero_grad(set_to_none=True)
        loss.backward()
        if i >= 2:
            times.append((time.perf_counter() - t0) * 1000)
    print(sum(p.numel() for p in model.parameters()), torch.get_num_threads(), f"{statistics.median(times):.2f}")


if __name__ == "__main__":
    main()
