"""Writes the seed corpus of each fuzz target into Corpus/. Run from Fuzz/ with the `auc`
command built (`swift build` at the root): python3 make_seeds.py"""
import gzip, io, os, struct, subprocess, tempfile

import numpy as np

here = os.path.dirname(os.path.abspath(__file__))
auc = os.path.join(here, "..", ".build", "debug", "auc")


def put(target, name, data):
    with open(os.path.join(here, "Corpus", target, name), "wb") as f:
        f.write(data)


# FuzzCSV: one option byte (bit 0 tab, bit 1 no header, bit 2 weight, bit 3 Float,
# bits 4-5 binning, bit 6 gzip), then the file.
csv = b"score,label\n0.9,1\n0.2,0\n0.7,1\n0.4,0\n0.7,0\n"
put("FuzzCSV", "plain", b"\x00" + csv)
put("FuzzCSV", "exact", b"\x10" + b"label,score\n1,2.5\n0,-1e3\n1,7\n")
put("FuzzCSV", "log", b"\x20" + csv)
put("FuzzCSV", "tsv-weighted", b"\x05" + b"score\tlabel\tweight\n0.9\t1\t2\n0.1\t0\t0.5\n")
put("FuzzCSV", "no-header", b"\x02" + b"0.9,1\r\n0.2,0\r\n")
put("FuzzCSV", "quoted", b"\x08" + b'id,"score",label\n"a,b",".5",1\n"c""d",0.25,0\n')
put("FuzzCSV", "bom-spaces", b"\x00" + b"\xef\xbb\xbfscore , label\n 0.5 , 1\n\n0.1,0\n")
put("FuzzCSV", "gzip", b"\x40" + gzip.compress(csv))
put("FuzzCSV", "bad-row", b"\x00" + b"score,label\n0.5,1\nnan,0\n")

# FuzzNumPy: one option byte (bit 0 Float, bit 1 exact), two bytes giving the length of the
# scores file, then the scores file and the labels file.
def npy(array):
    buffer = io.BytesIO()
    np.save(buffer, array)
    return buffer.getvalue()


def pair(options, scores, labels):
    first = npy(scores)
    return bytes([options]) + struct.pack("<H", len(first)) + first + npy(labels)


put("FuzzNumPy", "float64-uint8", pair(0, np.array([0.9, 0.2, 0.7, 0.4]), np.array([1, 0, 1, 0], np.uint8)))
put("FuzzNumPy", "float32-bool", pair(1, np.array([0.9, 0.2, 0.7], np.float32), np.array([True, False, False])))
put("FuzzNumPy", "big-endian-int64", pair(2, np.array([3.0, -1.0], ">f8"), np.array([1, 0], ">i8")))
put("FuzzNumPy", "two-columns", pair(0, np.array([[0.1, 0.9], [0.8, 0.2]]), np.array([[1], [0]], np.int32)))
put("FuzzNumPy", "fortran", pair(0, np.asfortranarray(np.array([[0.1, 0.9], [0.8, 0.2]])), np.array([1, 0], np.uint8)))

# FuzzStateFile: version-1 state files, the test fixtures written by the last auc that wrote
# version 1 (the JSON payload).
fixtures = os.path.join(here, "..", "Tests", "aucTests", "Fixtures", "state-v1")
for name, fixture in [
    ("histogram", "linear200"),
    ("exact", "exact"),
    ("weighted", "tails"),
    ("log", "log64"),
]:
    with open(os.path.join(fixtures, fixture + ".aucstate"), "rb") as f:
        contents = f.read()
    # As is (first byte even), and sealed by the harness: kind, then the JSON payload.
    put("FuzzStateFile", name, b"\x00" + contents)
    put("FuzzStateFile", name + "-sealed", b"\x01" + contents[10:11] + contents[20:-4])

# FuzzStateFileV2: version-2 state files written by `auc accumulate`, one of each kind, and
# a stream of them back to back.
with tempfile.TemporaryDirectory() as directory:
    data = os.path.join(directory, "rows.csv")
    with open(data, "w") as f:
        f.write("score,label,weight\n0.9,1,2\n0.2,0,1e-9\n0.7,1,1\n0.7,0,3e12\n-1.5,0,0\n0,1,1\n")
    states = []
    for name, options in [
        ("histogram", ["--thresholds", "7", "--no-header", "--score", "1", "--label", "2"]),
        ("exact", ["--exact"]),
        ("float32", ["--exact", "--float32"]),
        ("weighted", ["--exact", "--weight", "weight"]),
        ("log", ["--bins", "log:16"]),
        ("linear-weighted", ["--weight", "weight"]),
    ]:
        source = data
        if name == "histogram":
            source = os.path.join(directory, "unit.csv")
            with open(source, "w") as f:
                f.write("0.9,1\n0.2,0\n0.7,1\n0.7,0\n1,0\n")
        if name == "linear-weighted":
            source = os.path.join(directory, "unit-weighted.csv")
            with open(source, "w") as f:
                f.write("score,label,weight\n0.9,1,2\n0.2,0,0.5\n0.7,1,1\n0.7,0,0\n")
        state = os.path.join(directory, name + ".aucstate")
        subprocess.run([auc, "accumulate", source, "--state-out", state] + options, check=True)
        with open(state, "rb") as f:
            contents = f.read()
        states.append(contents)
        put("FuzzStateFileV2", name, b"\x00" + contents)
        put("FuzzStateFileV2", name + "-sealed", b"\x01" + contents[10:11] + contents[20:-4])
    put("FuzzStateFileV2", "stream", b"\x00" + states[1] + states[2] + states[3] + states[1])

# FuzzMetric: byte programs (threshold count, then operations and their batches).
rng = np.random.default_rng(7)
for index in range(8):
    put("FuzzMetric", "program-%d" % index, bytes(rng.integers(0, 256, 64 * (index + 1), np.uint8)))
put("FuzzMetric", "update-value", bytes([9, 0, 4, 10, 1, 200, 0, 100, 1, 50, 0, 4]))

# FuzzDecimal: one number's text; a byte 0x01 then r repeats the byte before it 100·r times.
os.makedirs(os.path.join(here, "Corpus", "FuzzDecimal"), exist_ok=True)
decimals = {
    "short": b"0.72560861,1\n",
    "signed-exponent": b"-2.5E-3\n",
    "bare-points": b"+.5e0",
    "trailing-point": b"5.\"",
    "negative-zero": b"-0.0",
    "many-digits": b"123456789012345678901234567890",
    "above-2-53": b"9007199254740993",
    "halfway-float": b"16777217",
    "underflow": b"1e-400",
    "overflow": b"1e400",
    "huge-exponent": b"1e-100000000000000000000",
    "zero-huge-exponent": b"0e99999999999999999999",
    "long-zeros-infinite": b"0.0\x01\x645e100005",  # 0.<10001 zeros>5e100005 = 5e90003
    "long-integer": b"1" + b"0\x01\x04",  # 1 and 401 zeros
    "long-fraction": b"0." + b"0\x01\x04" + b"1",
    "trailing-zeros": b"0.5" + b"0" * 40,
    "hexadecimal": b"0x1p-3",
    "hexadecimal-signed": b"-0X1.8P+1",
    "nan-payload": b"nan(123)",
    "words": b"-INFinity",
    "leading-space": b" 1",
    "form-feed": b"\x0c1",
    "separator": b"1_000",
    "full-width": "\uff11".encode(),
    "exponent-no-digits": b"1e+",
}
for name, text in decimals.items():
    put("FuzzDecimal", name, text)
