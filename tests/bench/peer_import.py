#!/usr/bin/python3
"""Peer for bench_import: the same import done the plain way in Python (json + sqlite3, one transaction,
image folder listed once), and the same re-open (read every sample). Prints two numbers in seconds."""
import json, os, sqlite3, sys, time

src, db_path = sys.argv[1], sys.argv[2]
t0 = time.perf_counter()
with open(os.path.join(src, "depression_train.json"), encoding="utf-8") as f:
    records = json.load(f)
images = {os.path.splitext(n)[0]: n for n in os.listdir(os.path.join(src, "depressive_image", "train"))}
labels = ["Lack of Interest", "Feeling Down", "Eating Disorder", "Sleeping Disorder", "Low Self-Esteem",
          "Concentration Problem", "Self-Harm"]
index = {n: i for i, n in enumerate(labels)}
db = sqlite3.connect(db_path)
db.execute("PRAGMA journal_mode=WAL")
db.execute("PRAGMA synchronous=FULL")
db.execute("CREATE TABLE samples(id INTEGER PRIMARY KEY, sample_id TEXT UNIQUE, image_path TEXT, split TEXT,"
           " ocr_text TEXT, label_mask INTEGER)")
db.execute("CREATE TABLE annotations(id INTEGER PRIMARY KEY, sample INTEGER REFERENCES samples(id), label_mask INTEGER,"
           " annotator TEXT, origin TEXT)")
with db:
    for r in records:
        mask = 0
        for l in r["meme_depressive_categories"]:
            mask |= 1 << index[l]
        img = images.get(r["sample_id"], "")
        cur = db.execute("INSERT INTO samples(sample_id, image_path, split, ocr_text, label_mask) VALUES(?,?,?,?,?)",
                         (r["sample_id"], img, "train", r["ocr_text"], mask))
        db.execute("INSERT INTO annotations(sample, label_mask, annotator, origin) VALUES(?,?,?,?)",
                   (cur.lastrowid, mask, "dataset", "dataset"))
db.close()
t1 = time.perf_counter()
db = sqlite3.connect(db_path)
rows = db.execute("SELECT id, sample_id, image_path, split, ocr_text, label_mask FROM samples").fetchall()
t2 = time.perf_counter()
assert len(rows) == len(records)
print(f"{t1 - t0:.4f} {t2 - t1:.4f}")
