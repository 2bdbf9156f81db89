// The team's labelled sets in lib/ai/eval/, in the order npm run eval:ai scores them: the tuning sets, the
// held-out one, then the blind ones (blind: the misses stay hidden unless asked for).
import path from "node:path";

export type EvalSetFile = { label: string; file: string; blind?: boolean };
type Kind = "messages" | "guardrails";

const EVAL_DIR = path.join(import.meta.dirname, "..", "lib", "ai", "eval");

const TUNING: Record<Kind, { label: string; name: string }[]> = {
  messages: [
    { label: "tuning set", name: "messages" },
    { label: "tuning set, model training", name: "messages-train" },
    { label: "tuning set, model training 2: short replies, slang, typos, voice", name: "messages-train2" },
    { label: "model training 3: other, no_reply, English", name: "messages-train3" },
    { label: "model training 4: English (Amazon), every intent", name: "messages-train4" },
    { label: "model training 5: polite complaints, sarcasm, what-if questions, short praise", name: "messages-train5" },
    {
      label: "model training 6: delivery, thanks and defects worded like other intents, indirect availability",
      name: "messages-train6",
    },
    { label: "model training 7: other voices, boundary cases, written by another engineer", name: "messages-train7" },
    { label: "model training 8: a third author, same brief", name: "messages-train8" },
  ],
  guardrails: [
    { label: "tuning set", name: "guardrails" },
    { label: "tuning set, obfuscation", name: "guardrails-train" },
    { label: "tuning set, disguises and hard negatives 2", name: "guardrails-train2" },
    { label: "tuning set, disguises and hard negatives 3", name: "guardrails-train3" },
    { label: "model training 4: every rule family disguised, negations, English", name: "guardrails-train4" },
    { label: "model training 5: ordinary seller replies, none to block", name: "guardrails-train5" },
    {
      label: "model training 6: new disguises, deals around the platform, threats, by another engineer",
      name: "guardrails-train6",
    },
  ],
};

// The sets never read by tuning or training (misses hidden); from 4 on, written by someone other than the tuner.
const BLIND_SETS = [2, 3, 4, 5, 6, 7];

export function teamEvalSets(kind: Kind): EvalSetFile[] {
  return [
    ...TUNING[kind].map(({ label, name }) => ({
      label: `${kind} (${label})`,
      file: path.join(EVAL_DIR, `${name}.jsonl`),
    })),
    { label: `${kind} (held out)`, file: path.join(EVAL_DIR, `${kind}-holdout.jsonl`) },
    {
      label: `${kind} (blind 1: seen once tuning was done, no longer blind)`,
      file: path.join(EVAL_DIR, `${kind}-blind.jsonl`),
    },
    ...BLIND_SETS.map((n) => ({
      label: `${kind} (blind ${n}: ${n >= 4 ? "written by another engineer, " : ""}never read by tuning or training)`,
      file: path.join(EVAL_DIR, `${kind}-blind${n}.jsonl`),
      blind: true,
    })),
  ];
}
