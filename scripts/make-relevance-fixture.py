#!/usr/bin/python3
"""Expected gradient-weighted attention rollout for tests/ml/tst_relevance (tests/data/relevance).

  make-relevance-fixture.py [DIR]    (default DIR: tests/data/relevance)

Reads DIR/model (config.json + model.safetensors, written by `MEMESCOPE_WRITE_RELEVANCE_FIXTURE=1
tst_relevance writeFixture`) and DIR/inputs.safetensors, and writes DIR/expected.json: for every class the
logit and the rollout relevance of the text tokens and image patches.

Independent of the C++ code: the model (RoBERTa text encoder, CLIP vision tower, token fusion with
text->image and image->text cross-attention, top-k or dense MoE, MLP head) is rebuilt here in plain PyTorch
from the safetensors weights (parsed by hand: no safetensors package needed), and the rule is Chefer, Gur &
Wolf (ICCV 2021), as in the authors' Transformer-MM-Explainability code: A_bar = mean over heads of
(dS/dA * A)^+; self-attention R_ss += A R_ss, R_sq += A R_sq; co-attention of s over q, both directions of a
layer from the states before it: R_ss += A R_qs, R_sq += norm(R_ss)^T A norm(R_qq) with norm(R) = (R - I)
row-normalised + I (a zero row stays zero). Read-out: the fused vector is LN((mean of the real text tokens +
the image class token) / 2), so tokens = (w^T R_tt + R_it[0]) / 2, patches = (w^T R_ti + R_ii[0])[1:] / 2,
w = the text mask / its sum; padding tokens are reported as 0. Needs Debian's python3-torch (1.13).
"""
import json
import math
import struct
import sys
from pathlib import Path

import torch
import torch.nn.functional as F

DTYPES = {"F32": torch.float32, "F64": torch.float64, "I64": torch.int64, "I32": torch.int32}


def read_safetensors(path):
    raw = Path(path).read_bytes()
    (n,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8:8 + n])
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        a, b = info["data_offsets"]
        buf = bytearray(raw[8 + n + a:8 + n + b])
        t = torch.frombuffer(buf, dtype=DTYPES[info["dtype"]]) if b > a else torch.empty(0)
        out[name] = t.reshape(info["shape"]).clone()
    return out


class Model:
    def __init__(self, cfg, w):
        # Parameters require grad, so the attention maps are in an autograd graph.
        self.c, self.w = cfg, {k: v.requires_grad_() if v.is_floating_point() else v for k, v in w.items()}
        self.maps = []  # attention probabilities in forward order

    def lin(self, x, name):
        return F.linear(x, self.w[name + ".weight"], self.w.get(name + ".bias"))

    def ln(self, x, name, eps=1e-5):
        return F.layer_norm(x, x.shape[-1:], self.w[name + ".weight"], self.w[name + ".bias"], eps)

    def attention(self, xq, xk, heads, names, additive=None):
        """names: the q, k, v and output projections. Records the probabilities [B, heads, Lq, Lk]."""
        B, Lq, D = xq.shape
        Lk, d = xk.shape[1], D // heads
        q = self.lin(xq, names[0]).view(B, Lq, heads, d).transpose(1, 2)
        k = self.lin(xk, names[1]).view(B, Lk, heads, d).transpose(1, 2)
        v = self.lin(xk, names[2]).view(B, Lk, heads, d).transpose(1, 2)
        scores = q @ k.transpose(-1, -2) / math.sqrt(d)
        if additive is not None:
            scores = scores + additive
        p = scores.softmax(-1)
        self.maps.append(p)
        return self.lin((p @ v).transpose(1, 2).reshape(B, Lq, D), names[3])

    def roberta(self, ids, mask):
        c, pre = self.c["roberta"], "text_encoder."
        pad = c["pad_token_id"]
        not_pad = (ids != pad).long()
        pos = torch.cumsum(not_pad, 1) * not_pad + pad
        e = pre + "embeddings."
        x = self.w[e + "word_embeddings.weight"][ids] + self.w[e + "position_embeddings.weight"][pos] \
            + self.w[e + "token_type_embeddings.weight"][0]
        x = self.ln(x, e + "LayerNorm", c["layer_norm_eps"])
        additive = (1.0 - mask.float()[:, None, None, :]) * torch.finfo(torch.float32).min
        for i in range(c["num_hidden_layers"]):
            p = f"{pre}encoder.layer.{i}."
            s = p + "attention.self."
            a = self.attention(x, x, c["num_attention_heads"],
                               [s + "query", s + "key", s + "value", p + "attention.output.dense"], additive)
            h = self.ln(a + x, p + "attention.output.LayerNorm", c["layer_norm_eps"])
            x = self.ln(self.lin(F.gelu(self.lin(h, p + "intermediate.dense")), p + "output.dense") + h,
                        p + "output.LayerNorm", c["layer_norm_eps"])
        return x

    def clip(self, pixels):
        c, vm = self.c["clip"], "image_encoder.vision_model."
        H, P = c["hidden_size"], c["patch_size"]
        B = pixels.shape[0]
        patches = F.conv2d(pixels, self.w[vm + "embeddings.patch_embedding.weight"], stride=P)
        patches = patches.flatten(2).transpose(1, 2)
        cls = self.w[vm + "embeddings.class_embedding"].expand(B, 1, H)
        x = torch.cat([cls, patches], 1) + self.w[vm + "embeddings.position_embedding.weight"][None]
        x = self.ln(x, vm + "pre_layrnorm", c["layer_norm_eps"])
        for i in range(c["num_hidden_layers"]):
            p = f"{vm}encoder.layers.{i}."
            a = p + "self_attn."
            h = self.ln(x, p + "layer_norm1", c["layer_norm_eps"])
            x = x + self.attention(h, h, c["num_attention_heads"],
                                   [a + "q_proj", a + "k_proj", a + "v_proj", a + "out_proj"])
            m = self.lin(self.ln(x, p + "layer_norm2", c["layer_norm_eps"]), p + "mlp.fc1")
            x = x + self.lin(m * torch.sigmoid(1.702 * m), p + "mlp.fc2")
        return self.ln(x, vm + "post_layernorm", c["layer_norm_eps"])  # the fusion reads post-LN tokens

    def block(self, x, kv, name, key_mask=None):
        additive = None
        if key_mask is not None:
            additive = torch.zeros(key_mask.shape, dtype=torch.float32).masked_fill(key_mask == 0, -1e9)
            additive = additive[:, None, None, :]
        a = name + ".attention."
        # masked_fill in C++ replaces the score; adding -1e9 to an O(1) score gives the same float32 softmax.
        h = self.ln(x + self.attention(x, kv, self.c["fusion_heads"],
                                       [a + "q_proj", a + "k_proj", a + "v_proj", a + "out_proj"], additive),
                    name + ".norm1")
        return self.ln(h + self.lin(F.gelu(self.lin(h, name + ".w1")), name + ".w2"), name + ".norm2")

    def forward(self, ids, mask, pixels):
        c = self.c
        t = self.lin(self.roberta(ids, mask), "fusion.text_proj")
        v = self.lin(self.clip(pixels), "fusion.image_proj")
        for l in range(c["fusion_layers"]):
            t_new = self.block(t, v, f"fusion.text_to_image.{l}")
            v = self.block(v, t, f"fusion.image_to_text.{l}", mask)
            t = t_new
        m = mask.float().unsqueeze(-1)
        tp = (t * m).sum(1) / m.sum(1).clamp_min(1.0)
        fused = self.ln(0.5 * (tp + v[:, 0]), "fusion.norm")
        if c["moe"] != "off":
            logits = self.lin(fused, "moe.gate")
            if c["moe"] == "topk":
                val, idx = logits.topk(c["top_k"], -1)
                logits = torch.full_like(logits, -math.inf).scatter(1, idx, val)
            gates = logits.softmax(-1)
            experts = [F.gelu(self.ln(self.lin(fused, f"moe.experts.{e}.0"), f"moe.experts.{e}.1"))
                       for e in range(c["experts"])]
            fused = (torch.stack(experts, 1) * gates.unsqueeze(-1)).sum(1)
        h = F.gelu(self.ln(self.lin(fused, "classifier.0"), "classifier.1"))
        return self.lin(h, "classifier.4")


def norm_residual(R):
    eye = torch.eye(R.shape[0], dtype=R.dtype)
    hat = R - eye
    s = hat.sum(-1, keepdim=True)
    return torch.where(s != 0, hat / torch.where(s != 0, s, torch.ones_like(s)), torch.zeros_like(hat)) + eye


def rollout(cfg, w, ids, mask, pixels, cls):
    model = Model(cfg, w)
    logits = model.forward(ids, mask, pixels)
    score = logits[0, cls]
    grads = torch.autograd.grad(score, model.maps, allow_unused=True)
    cams = [torch.zeros(a.shape[2:], dtype=torch.float64) if g is None
            else (g[0].double() * a[0].detach().double()).clamp(min=0).mean(0)
            for a, g in zip(model.maps, grads)]
    L, N = ids.shape[1], pixels.shape[-1] // cfg["clip"]["patch_size"]
    N = N * N + 1
    Rtt, Rii = torch.eye(L, dtype=torch.float64), torch.eye(N, dtype=torch.float64)
    Rti, Rit = torch.zeros(L, N, dtype=torch.float64), torch.zeros(N, L, dtype=torch.float64)
    i = 0
    for _ in range(cfg["roberta"]["num_hidden_layers"]):
        A = cams[i]; i += 1
        Rtt, Rti = Rtt + A @ Rtt, Rti + A @ Rti
    for _ in range(cfg["clip"]["num_hidden_layers"]):
        A = cams[i]; i += 1
        Rii, Rit = Rii + A @ Rii, Rit + A @ Rit
    for _ in range(cfg["fusion_layers"]):
        Ati, Ait = cams[i], cams[i + 1]; i += 2
        d_tt, d_ti = Ati @ Rit, norm_residual(Rtt).T @ Ati @ norm_residual(Rii)
        d_ii, d_it = Ait @ Rti, norm_residual(Rii).T @ Ait @ norm_residual(Rtt)
        Rtt, Rti, Rii, Rit = Rtt + d_tt, Rti + d_ti, Rii + d_ii, Rit + d_it
    assert i == len(cams), (i, len(cams))
    m = mask[0].double()
    wt = m / m.sum()
    tokens = (0.5 * (wt @ Rtt) + 0.5 * Rit[0]) * m
    patches = (0.5 * (wt @ Rti) + 0.5 * Rii[0])[1:]
    return score.item(), tokens.tolist(), patches.tolist()


def main():
    default = Path(__file__).resolve().parent.parent / "tests/data/relevance"
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else default
    cfg = json.loads((root / "model/config.json").read_text())
    assert (cfg["text_encoder"], cfg["image_encoder"], cfg["fusion"]) == ("roberta", "clip", "token"), cfg
    assert cfg["head"] == "mlp", cfg["head"]
    w = read_safetensors(root / "model/model.safetensors")
    inputs = read_safetensors(root / "inputs.safetensors")
    ids, mask = inputs["input_ids"].long(), inputs["attention_mask"].long()
    pixels = inputs["pixel_values"].float()
    out = {"note": "gradient-weighted rollout (Chefer et al. 2021) by scripts/make-relevance-fixture.py",
           "rollout": []}
    for cls in range(cfg["num_labels"]):
        score, tokens, patches = rollout(cfg, w, ids, mask, pixels, cls)
        out["rollout"].append({"class": cls, "score": score, "tokens": tokens, "patches": patches})
    (root / "expected.json").write_text(json.dumps(out, indent=1) + "\n")
    print("wrote", root / "expected.json")


if __name__ == "__main__":
    main()
