#!/usr/bin/python3
"""Writes checkpoints in the layouts the Hugging Face hub ships, for MemeScope's loader tests and benchmark.

  make-checkpoint-layouts.py fixtures [OUT]   the tiny parity models of tests/data/fixtures/models re-saved in
                                             each published layout (default OUT: tests/data/checkpoints)
  make-checkpoint-layouts.py full OUT         full-size checkpoints with random values and the real shapes
                                             and key names of mental/mental-roberta-base (RobertaForMaskedLM,
                                             pytorch_model.bin) and openai/clip-vit-base-patch32 (CLIPModel,
                                             model.safetensors), for tests/bench/bench_checkpoints

Uses python3-torch only (torch.save writes pytorch_model.bin exactly as the hub's files are written); the
safetensors files are written by the few lines below (no safetensors package needed).
"""
import collections
import json
import os
import shutil
import struct
import sys

import torch

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DTYPES = {torch.float32: "F32", torch.float16: "F16", torch.bfloat16: "BF16", torch.int64: "I64"}
FROM_NAME = {"F32": torch.float32, "F16": torch.float16, "BF16": torch.bfloat16, "I64": torch.int64}


def read_safetensors(path):
    with open(path, "rb") as f:
        n = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(n))
        data = f.read()
    out = collections.OrderedDict()
    for name, info in header.items():
        if name == "__metadata__":
            continue
        b, e = info["data_offsets"]
        dtype = FROM_NAME[info["dtype"]]
        t = torch.frombuffer(bytearray(data[b:e]), dtype=dtype) if e > b else torch.empty(0, dtype=dtype)
        out[name] = t.reshape(info["shape"]).clone()
    return out


def write_safetensors(path, tensors, metadata=None):
    header, blobs, offset = {}, [], 0
    for name, t in tensors.items():
        t = t.contiguous()
        raw = t.reshape(-1).view(torch.uint8).numpy().tobytes() if t.numel() else b""
        header[name] = {"dtype": DTYPES[t.dtype], "shape": list(t.shape), "data_offsets": [offset, offset + len(raw)]}
        blobs.append(raw)
        offset += len(raw)
    header["__metadata__"] = metadata or {"format": "pt"}
    text = json.dumps(header, separators=(",", ":")).encode()
    text += b" " * ((8 - len(text) % 8) % 8)
    with open(path, "wb") as f:
        f.write(struct.pack("<Q", len(text)))
        f.write(text)
        for b in blobs:
            f.write(b)


def state_dict(tensors):
    """An OrderedDict with the `_metadata` attribute, as `model.state_dict()` returns it."""
    sd = collections.OrderedDict(tensors)
    sd._metadata = collections.OrderedDict({"": {"version": 1}})
    return sd


def write_json(path, obj):
    with open(path, "w") as f:
        json.dump(obj, f, indent=2)
        f.write("\n")


def shard(tensors, count):
    names = list(tensors)
    per = (len(names) + count - 1) // count
    return [collections.OrderedDict((n, tensors[n]) for n in names[i * per:(i + 1) * per]) for i in range(count)]


def write_sharded(folder, tensors, count, kind):
    weight_map, total = {}, 0
    for i, part in enumerate(shard(tensors, count)):
        if kind == "safetensors":
            name = "model-%05d-of-%05d.safetensors" % (i + 1, count)
            write_safetensors(os.path.join(folder, name), part)
        else:
            name = "pytorch_model-%05d-of-%05d.bin" % (i + 1, count)
            torch.save(state_dict(part), os.path.join(folder, name))
        for n, t in part.items():
            weight_map[n] = name
            total += t.numel() * t.element_size()
    index = "model.safetensors.index.json" if kind == "safetensors" else "pytorch_model.bin.index.json"
    write_json(os.path.join(folder, index), {"metadata": {"total_size": total}, "weight_map": weight_map})


def byte_level_tokenizer(folder, vocab_size):
    """vocab.json + merges.txt of a byte-level BPE with no merges (ids fit a small vocabulary)."""
    specials = ["<s>", "<pad>", "</s>", "<unk>"]
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs, n = bs[:], 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    vocab = {t: i for i, t in enumerate(specials)}
    for c in cs:
        vocab[chr(c)] = len(vocab)
    vocab["<mask>"] = len(vocab)
    assert len(vocab) <= vocab_size
    write_json(os.path.join(folder, "vocab.json"), vocab)
    with open(os.path.join(folder, "merges.txt"), "w") as f:
        f.write("#version: 0.2\n")


def roberta_layouts(out, fixtures):
    src = read_safetensors(os.path.join(fixtures, "roberta_tiny", "model.safetensors"))
    config = json.load(open(os.path.join(fixtures, "roberta_tiny", "config.json")))
    hidden, vocab = config["hidden_size"], config["vocab_size"]
    body = collections.OrderedDict(("roberta." + k, v) for k, v in src.items() if not k.startswith("pooler."))
    g = torch.Generator().manual_seed(7)

    # RobertaForMaskedLM in pytorch_model.bin (mental/mental-roberta-base): no pooler, an lm_head.
    d = os.path.join(out, "roberta_masked_lm_bin")
    os.makedirs(d, exist_ok=True)
    mlm = collections.OrderedDict(body)
    mlm["roberta.embeddings.position_ids"] = torch.arange(config["max_position_embeddings"]).unsqueeze(0)
    mlm["lm_head.dense.weight"] = torch.randn(hidden, hidden, generator=g)
    mlm["lm_head.dense.bias"] = torch.zeros(hidden)
    mlm["lm_head.layer_norm.weight"] = torch.ones(hidden)
    mlm["lm_head.layer_norm.bias"] = torch.zeros(hidden)
    mlm["lm_head.decoder.weight"] = src["embeddings.word_embeddings.weight"].clone()
    mlm["lm_head.decoder.bias"] = torch.zeros(vocab)
    mlm["lm_head.bias"] = torch.zeros(vocab)
    torch.save(state_dict(mlm), os.path.join(d, "pytorch_model.bin"))
    write_json(os.path.join(d, "config.json"), dict(config, architectures=["RobertaForMaskedLM"]))
    byte_level_tokenizer(d, vocab)

    # RobertaForSequenceClassification, sharded safetensors.
    d = os.path.join(out, "roberta_sequence_classification_sharded")
    os.makedirs(d, exist_ok=True)
    cls = collections.OrderedDict(body)
    cls["classifier.dense.weight"] = torch.randn(hidden, hidden, generator=g)
    cls["classifier.dense.bias"] = torch.zeros(hidden)
    cls["classifier.out_proj.weight"] = torch.randn(2, hidden, generator=g)
    cls["classifier.out_proj.bias"] = torch.zeros(2)
    write_sharded(d, cls, 2, "safetensors")
    write_json(os.path.join(d, "config.json"), dict(config, architectures=["RobertaForSequenceClassification"]))

    # RobertaModel (with its pooler) in bfloat16 safetensors.
    d = os.path.join(out, "roberta_model_bf16")
    os.makedirs(d, exist_ok=True)
    write_safetensors(os.path.join(d, "model.safetensors"),
                      collections.OrderedDict((k, v.to(torch.bfloat16)) for k, v in src.items()))
    write_json(os.path.join(d, "config.json"), dict(config, torch_dtype="bfloat16"))


def clip_layouts(out, fixtures):
    src = read_safetensors(os.path.join(fixtures, "clip_vision_tiny", "model.safetensors"))
    vision = json.load(open(os.path.join(fixtures, "clip_vision_tiny", "config.json")))
    g = torch.Generator().manual_seed(11)
    text_hidden, proj = 16, vision["projection_dim"]

    # CLIPModel in pytorch_model.bin: the vision tower, a text tower and both projections.
    d = os.path.join(out, "clip_model_bin")
    os.makedirs(d, exist_ok=True)
    full = collections.OrderedDict(src)
    full["text_model.embeddings.token_embedding.weight"] = torch.randn(100, text_hidden, generator=g)
    full["text_model.embeddings.position_embedding.weight"] = torch.randn(16, text_hidden, generator=g)
    full["text_model.embeddings.position_ids"] = torch.arange(16).unsqueeze(0)
    full["text_model.final_layer_norm.weight"] = torch.ones(text_hidden)
    full["text_model.final_layer_norm.bias"] = torch.zeros(text_hidden)
    full["visual_projection.weight"] = torch.randn(proj, vision["hidden_size"], generator=g)
    full["text_projection.weight"] = torch.randn(proj, text_hidden, generator=g)
    full["logit_scale"] = torch.tensor(2.6592)
    torch.save(state_dict(full), os.path.join(d, "pytorch_model.bin"))
    vision_config = {k: v for k, v in vision.items() if k not in ("architectures", "model_type", "torch_dtype")}
    write_json(os.path.join(d, "config.json"), {
        "architectures": ["CLIPModel"], "model_type": "clip", "projection_dim": proj, "logit_scale_init_value": 2.6592,
        "text_config": {"hidden_size": text_hidden, "num_hidden_layers": 0, "vocab_size": 100,
                        "max_position_embeddings": 16, "model_type": "clip_text_model"},
        "vision_config": dict(vision_config, model_type="clip_vision_model"), "torch_dtype": "float32"})

    # CLIPVisionModel as sharded pytorch_model.bin files in float16.
    d = os.path.join(out, "clip_vision_f16_sharded_bin")
    os.makedirs(d, exist_ok=True)
    write_sharded(d, collections.OrderedDict((k, v.half()) for k, v in src.items()), 2, "bin")
    write_json(os.path.join(d, "config.json"), dict(vision, torch_dtype="float16"))


class _RunsAShell:
    """Pickles as a call of os.system: what a malicious checkpoint would do on torch.load."""

    def __reduce__(self):
        return (os.system, ("echo this checkpoint ran code",))


def refused_layouts(out, fixtures):
    config = json.load(open(os.path.join(fixtures, "roberta_tiny", "config.json")))
    w = torch.zeros(2, 2)
    d = os.path.join(out, "legacy_pickle")
    os.makedirs(d, exist_ok=True)
    torch.save(state_dict({"embeddings.word_embeddings.weight": w}), os.path.join(d, "pytorch_model.bin"),
               _use_new_zipfile_serialization=False)
    write_json(os.path.join(d, "config.json"), config)
    d = os.path.join(out, "foreign_global")
    os.makedirs(d, exist_ok=True)
    torch.save({"embeddings.word_embeddings.weight": w, "payload": _RunsAShell()}, os.path.join(d, "pytorch_model.bin"))
    write_json(os.path.join(d, "config.json"), config)


def edge_layouts(out):
    """Pickle shapes a real state dict can take: one entry (SETITEM), views sharing one storage."""
    d = os.path.join(out, "edge_cases")
    os.makedirs(d, exist_ok=True)
    torch.save(state_dict({"only.weight": torch.arange(6, dtype=torch.float32).reshape(2, 3)}),
               os.path.join(d, "one_entry.bin"))
    base = torch.arange(12, dtype=torch.float32).reshape(3, 4)
    torch.save({"a": base, "a_t": base.t(), "row": base[1]}, os.path.join(d, "shared_storage.bin"))
    # Crafted files that LibTorch's unpickler alone would trust: a storage "type" that is a number (it casts
    # it to a dtype unchecked) and a record shorter than the storage the pickle declares.
    recrafted(os.path.join(d, "one_entry.bin"), os.path.join(d, "int_storage_type.bin"),
              lambda name, data: data.replace(b"ctorch\nFloatStorage\n", b"K\xc8") if name.endswith("data.pkl") else data)
    recrafted(os.path.join(d, "one_entry.bin"), os.path.join(d, "short_record.bin"),
              lambda name, data: data[:8] if name.endswith("/data/0") else data)


def recrafted(source, target, change):
    """Copies a torch.save zip record by record, letting `change` alter each record's bytes."""
    import zipfile
    with zipfile.ZipFile(source) as src, zipfile.ZipFile(target, "w", zipfile.ZIP_STORED) as dst:
        for info in src.infolist():
            out = zipfile.ZipInfo(info.filename, date_time=(2020, 1, 1, 0, 0, 0))
            dst.writestr(out, change(info.filename, src.read(info.filename)))


def fixtures_mode(out):
    fixtures = os.path.join(ROOT, "tests", "data", "fixtures", "models")
    if os.path.isdir(out):
        shutil.rmtree(out)
    os.makedirs(out)
    roberta_layouts(out, fixtures)
    clip_layouts(out, fixtures)
    refused_layouts(out, fixtures)
    edge_layouts(out)


def full_mode(out):
    """mental/mental-roberta-base and openai/clip-vit-base-patch32 shapes, random values."""
    torch.manual_seed(0)
    text = os.path.join(out, "mental-roberta-base")
    os.makedirs(text, exist_ok=True)
    H, L, V, P, I = 768, 12, 50265, 514, 3072
    t = collections.OrderedDict()
    r = lambda *s: torch.randn(*s) * 0.02
    t["roberta.embeddings.word_embeddings.weight"] = r(V, H)
    t["roberta.embeddings.position_embeddings.weight"] = r(P, H)
    t["roberta.embeddings.token_type_embeddings.weight"] = r(1, H)
    t["roberta.embeddings.LayerNorm.weight"] = torch.ones(H)
    t["roberta.embeddings.LayerNorm.bias"] = torch.zeros(H)
    t["roberta.embeddings.position_ids"] = torch.arange(P).unsqueeze(0)
    for i in range(L):
        p = "roberta.encoder.layer.%d." % i
        for n in ("query", "key", "value"):
            t[p + "attention.self.%s.weight" % n] = r(H, H)
            t[p + "attention.self.%s.bias" % n] = torch.zeros(H)
        t[p + "attention.output.dense.weight"] = r(H, H)
        t[p + "attention.output.dense.bias"] = torch.zeros(H)
        t[p + "attention.output.LayerNorm.weight"] = torch.ones(H)
        t[p + "attention.output.LayerNorm.bias"] = torch.zeros(H)
        t[p + "intermediate.dense.weight"] = r(I, H)
        t[p + "intermediate.dense.bias"] = torch.zeros(I)
        t[p + "output.dense.weight"] = r(H, I)
        t[p + "output.dense.bias"] = torch.zeros(H)
        t[p + "output.LayerNorm.weight"] = torch.ones(H)
        t[p + "output.LayerNorm.bias"] = torch.zeros(H)
    t["lm_head.dense.weight"] = r(H, H)
    t["lm_head.dense.bias"] = torch.zeros(H)
    t["lm_head.layer_norm.weight"] = torch.ones(H)
    t["lm_head.layer_norm.bias"] = torch.zeros(H)
    t["lm_head.decoder.weight"] = t["roberta.embeddings.word_embeddings.weight"]
    t["lm_head.decoder.bias"] = torch.zeros(V)
    t["lm_head.bias"] = torch.zeros(V)
    torch.save(state_dict(t), os.path.join(text, "pytorch_model.bin"))
    write_json(os.path.join(text, "config.json"), {
        "architectures": ["RobertaForMaskedLM"], "model_type": "roberta", "vocab_size": V, "hidden_size": H,
        "num_hidden_layers": L, "num_attention_heads": 12, "intermediate_size": I, "max_position_embeddings": P,
        "type_vocab_size": 1, "pad_token_id": 1, "bos_token_id": 0, "eos_token_id": 2, "layer_norm_eps": 1e-05,
        "hidden_act": "gelu", "hidden_dropout_prob": 0.1, "attention_probs_dropout_prob": 0.1})
    tok = os.path.join(ROOT, "tests", "data", "fixtures", "tokenizer", "roberta-base")
    for f in ("vocab.json", "merges.txt"):
        shutil.copy(os.path.join(tok, f), os.path.join(text, f))

    image = os.path.join(out, "clip-vit-base-patch32")
    os.makedirs(image, exist_ok=True)
    H, L, I, S, PS, TH, TL = 768, 12, 3072, 224, 32, 512, 12
    c = collections.OrderedDict()
    for tower, h, layers, inter in (("vision_model", H, L, I), ("text_model", TH, TL, 2048)):
        for i in range(layers):
            p = "%s.encoder.layers.%d." % (tower, i)
            for n in ("q_proj", "k_proj", "v_proj", "out_proj"):
                c[p + "self_attn.%s.weight" % n] = r(h, h)
                c[p + "self_attn.%s.bias" % n] = torch.zeros(h)
            c[p + "layer_norm1.weight"] = torch.ones(h)
            c[p + "layer_norm1.bias"] = torch.zeros(h)
            c[p + "mlp.fc1.weight"] = r(inter, h)
            c[p + "mlp.fc1.bias"] = torch.zeros(inter)
            c[p + "mlp.fc2.weight"] = r(h, inter)
            c[p + "mlp.fc2.bias"] = torch.zeros(h)
            c[p + "layer_norm2.weight"] = torch.ones(h)
            c[p + "layer_norm2.bias"] = torch.zeros(h)
    c["vision_model.embeddings.class_embedding"] = r(H)
    c["vision_model.embeddings.patch_embedding.weight"] = r(H, 3, PS, PS)
    c["vision_model.embeddings.position_embedding.weight"] = r((S // PS) ** 2 + 1, H)
    c["vision_model.pre_layrnorm.weight"] = torch.ones(H)
    c["vision_model.pre_layrnorm.bias"] = torch.zeros(H)
    c["vision_model.post_layernorm.weight"] = torch.ones(H)
    c["vision_model.post_layernorm.bias"] = torch.zeros(H)
    c["text_model.embeddings.token_embedding.weight"] = r(49408, TH)
    c["text_model.embeddings.position_embedding.weight"] = r(77, TH)
    c["text_model.final_layer_norm.weight"] = torch.ones(TH)
    c["text_model.final_layer_norm.bias"] = torch.zeros(TH)
    c["visual_projection.weight"] = r(512, H)
    c["text_projection.weight"] = r(512, TH)
    c["logit_scale"] = torch.tensor(2.6592)
    write_safetensors(os.path.join(image, "model.safetensors"), c)
    write_json(os.path.join(image, "config.json"), {
        "architectures": ["CLIPModel"], "model_type": "clip", "projection_dim": 512,
        "text_config": {"hidden_size": TH, "num_hidden_layers": TL, "intermediate_size": 2048, "model_type": "clip_text_model"},
        "vision_config": {"hidden_size": H, "num_hidden_layers": L, "num_attention_heads": 12, "intermediate_size": I,
                          "image_size": S, "patch_size": PS, "layer_norm_eps": 1e-05, "model_type": "clip_vision_model"}})


if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) > 1 else "fixtures"
    if mode == "fixtures":
        fixtures_mode(sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "tests", "data", "checkpoints"))
    elif mode == "full" and len(sys.argv) > 2:
        full_mode(sys.argv[2])
    else:
        sys.exit(__doc__)
