"""spaCy NER over articles, timed: the reference system depeche is compared with.

Reads JSON lines {"id", "text"} from --input, writes one JSON line per article
{"id", "ents": [[start, end, label], ...]} to --output, offsets in Python code points (the
caller converts them to UTF-16), then prints one JSON summary line on stdout:
{"model", "mode", "load_s", "articles", "chars", "seconds", "cpu_seconds"}: wall and CPU time
(process_time) of the NER pass; CPU time holds up better on a machine shared with other work.

Single process and single thread (BLAS threads pinned to 1 by the caller), so the figure is
per core. --mode ner keeps only the components NER needs: `ner`, plus the shared `tok2vec` only if
`ner` listens to it. In fr_core_news_md/sm 3.8 the `ner` component embeds its own tok2vec, so the
shared one would be dead weight (identical entities, ~1.3x slower): this is spaCy's fastest way to
get entities. --mode full runs the whole pipeline as loaded.
"""

import argparse
import json
import sys
import time


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True)
    ap.add_argument("--input", required=True)
    ap.add_argument("--output", required=True)
    ap.add_argument("--mode", choices=["ner", "full"], default="ner")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--warmup", type=int, default=20)
    args = ap.parse_args()

    t0 = time.perf_counter()
    import spacy

    if args.mode == "ner":
        nlp = spacy.load(args.model, exclude=["morphologizer", "parser", "senter", "attribute_ruler", "lemmatizer"])
        # Drop the shared tok2vec unless the NER reads its output (a listener); otherwise it is
        # computed and thrown away.
        if "tok2vec" in nlp.pipe_names and "ner" not in nlp.get_pipe("tok2vec").listening_components:
            nlp.remove_pipe("tok2vec")
    else:
        nlp = spacy.load(args.model)
    load_s = time.perf_counter() - t0

    with open(args.input, encoding="utf-8") as f:
        docs = [json.loads(line) for line in f if line.strip()]
    texts = [d["text"] for d in docs]

    # Untimed warm-up: the caller passes the number of articles (one full pass over them; no JIT to settle).
    for _ in nlp.pipe(texts[: args.warmup], batch_size=args.batch_size):
        pass

    out = []
    t1 = time.perf_counter()
    c1 = time.process_time()
    for d, doc in zip(docs, nlp.pipe(texts, batch_size=args.batch_size)):
        out.append({"id": d["id"], "ents": [[e.start_char, e.end_char, e.label_] for e in doc.ents]})
    seconds = time.perf_counter() - t1
    cpu_seconds = time.process_time() - c1

    with open(args.output, "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    summary = {
        "model": args.model,
        "mode": args.mode,
        "pipes": nlp.pipe_names,
        "spacy": spacy.__version__,
        "load_s": load_s,
        "articles": len(docs),
        "chars": sum(len(t) for t in texts),
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
    }
    sys.stdout.write(json.dumps(summary) + "\n")


if __name__ == "__main__":
    main()
