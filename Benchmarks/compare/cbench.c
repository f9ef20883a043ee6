// Hand-written C baselines for Benchmarks/compare/run.sh: the same work as swift-auc's
// workloads, written the plain way a careful C programmer would. Each in-memory workload
// prints the seconds it took (data generation excluded); file workloads are timed whole by
// the script. Data come from SplitMix64, exactly as the Swift driver generates them.
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static uint64_t state;
static uint64_t next(void) {
  uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}
static float unit_float(void) { return (float)(next() >> 40) * 0x1p-24f; }
static double unit_double(void) { return (double)(next() >> 11) * 0x1p-53; }

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

// Rows: a uniform score, and a label that is 1 with probability equal to the score.
static void make_rows(long n, float *scores, uint8_t *labels) {
  state = 2024;
  for (long i = 0; i < n; i++) {
    float s = unit_float();
    scores[i] = s;
    labels[i] = unit_float() < s;
  }
}

static uint64_t *hist;  // negatives then positives, T + 1 bins each

static void bin_floats(const float *scores, const uint8_t *labels, long n, int T) {
  const float scale = (float)T;
  const long stride = T + 1;
  for (long i = 0; i < n; i++) {
    float s = scores[i];
    if (!(s >= 0.0f && s <= 1.0f)) { fprintf(stderr, "bad score at %ld\n", i); exit(1); }
    hist[labels[i] * stride + (long)(s * scale)]++;
  }
}

// Paddle's value: walk from bin T down, trapezoids, divided as (area / P) / N.
static double value(int T) {
  const long stride = T + 1;
  double area = 0, tp = 0, fp = 0;
  for (long b = T; b >= 0; b--) {
    double pos = (double)hist[stride + b], neg = (double)hist[b];
    area += neg * (tp + tp + pos) / 2;
    tp += pos;
    fp += neg;
  }
  return tp > 0 && fp > 0 ? area / tp / fp : 0;
}

static uint32_t key32(float f) {
  uint32_t bits;
  memcpy(&bits, &f, 4);
  return bits & 0x80000000u ? ~bits : bits | 0x80000000u;
}

// Exact ROC AUC: LSD radix sort of (key << 1 | label) in 8-bit digits, then one sweep.
static double exact_auc(const float *scores, const uint8_t *labels, long n) {
  uint64_t *a = malloc(n * 8), *b = malloc(n * 8);
  for (long i = 0; i < n; i++) a[i] = (uint64_t)key32(scores[i]) << 1 | labels[i];
  long count[8][256] = {{0}};
  for (long i = 0; i < n; i++)
    for (int d = 0; d < 5; d++) count[d][(a[i] >> (8 * d)) & 255]++;
  for (int d = 0; d < 5; d++) {
    long sum = 0;
    for (int k = 0; k < 256; k++) { long c = count[d][k]; count[d][k] = sum; sum += c; }
    for (long i = 0; i < n; i++) b[count[d][(a[i] >> (8 * d)) & 255]++] = a[i];
    uint64_t *t = a; a = b; b = t;
  }
  // Ascending scores: each positive beats the negatives below it, ties count half.
  unsigned __int128 twice_u = 0;
  uint64_t neg_below = 0, pos = 0, neg = 0;
  long i = 0;
  while (i < n) {
    uint64_t key = a[i] >> 1;
    uint64_t gp = 0, gn = 0;
    while (i < n && (a[i] >> 1) == key) { if (a[i] & 1) gp++; else gn++; i++; }
    twice_u += (unsigned __int128)gp * (2 * neg_below + gn);
    neg_below += gn;
    pos += gp;
    neg += gn;
  }
  free(a);
  free(b);
  return (double)twice_u / 2 / ((double)pos * (double)neg);
}

// Clinger's fast path: up to 19 significant digits and |exponent| <= 22 round once,
// correctly; anything else goes to strtod. Returns the value and sets *end.
static const double pow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                               1e8,  1e9,  1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
                               1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
static double parse_double(char *p, char **end) {
  char *q = p;
  int neg = *q == '-';
  if (*q == '-' || *q == '+') q++;
  uint64_t m = 0;
  int digits = 0, exp = 0, any = 0;
  for (; *q >= '0' && *q <= '9'; q++) {
    any = 1;
    if (m || *q != '0') { if (++digits > 19) return strtod(p, end); m = m * 10 + (*q - '0'); }
  }
  if (*q == '.')
    for (q++; *q >= '0' && *q <= '9'; q++) {
      any = 1;
      if (m || *q != '0') { if (++digits > 19) return strtod(p, end); m = m * 10 + (*q - '0'); }
      exp--;
    }
  if (!any || *q == 'e' || *q == 'E' || m > (1ULL << 53) || exp < -22) return strtod(p, end);
  *end = q;
  double v = exp < 0 ? (double)m / pow10[-exp] : (double)m;
  return neg ? -v : v;
}

// CSV "score,label" with a header: a hand-rolled decimal parser, then binning.
static int csv(const char *path, int T) {
  FILE *f = fopen(path, "rb");
  if (!f) { perror(path); return 1; }
  static char buf[1 << 20];
  size_t fill = 0, n;
  int header = 1;
  long rows = 0;
  const long stride = T + 1;
  while ((n = fread(buf + fill, 1, sizeof buf - fill, f)) > 0 || fill > 0) {
    size_t end = fill + n, start = 0;
    char *nl;
    while ((nl = memchr(buf + start, '\n', end - start))) {
      char *p = buf + start;
      if (header) { header = 0; start = nl - buf + 1; continue; }
      double s = parse_double(p, &p);
      if (*p != ',') { fprintf(stderr, "bad row %ld\n", rows); return 1; }
      int label = p[1] - '0';
      if (!(s >= 0 && s <= 1) || (label & ~1)) { fprintf(stderr, "bad row %ld\n", rows); return 1; }
      hist[label * stride + (long)(s * T)]++;
      rows++;
      start = nl - buf + 1;
    }
    memmove(buf, buf + start, end - start);
    fill = end - start;
    if (n == 0) break;
  }
  fclose(f);
  printf("%ld rows, AUC %.17g\n", rows, value(T));
  return 0;
}

// Raw float32 scores and uint8 labels, read with fread in blocks, then binning.
static int raw(const char *scores_path, const char *labels_path, int T) {
  FILE *fs = fopen(scores_path, "rb"), *fl = fopen(labels_path, "rb");
  if (!fs || !fl) { perror("open"); return 1; }
  enum { B = 1 << 16 };
  static float s[B];
  static uint8_t l[B];
  fseek(fs, 128, SEEK_SET);  // the .npy header the generator writes is 128 bytes
  fseek(fl, 128, SEEK_SET);
  size_t n;
  long rows = 0;
  while ((n = fread(s, 4, B, fs)) > 0) {
    if (fread(l, 1, n, fl) != n) { fprintf(stderr, "short labels\n"); return 1; }
    bin_floats(s, l, (long)n, T);
    rows += n;
  }
  printf("%ld rows, AUC %.17g\n", rows, value(T));
  return 0;
}

static void write_npy(const char *path, const char *descr, const void *data, size_t bytes, long n) {
  FILE *f = fopen(path, "wb");
  char header[128];
  int len = snprintf(header + 10, sizeof header - 10,
                     "{'descr': '%s', 'fortran_order': False, 'shape': (%ld,), }", descr, n);
  memset(header + 10 + len, ' ', 128 - 10 - len);
  header[127] = '\n';
  memcpy(header, "\x93NUMPY\x01\x00", 8);
  header[8] = 118;  // header length 118, little-endian
  header[9] = 0;
  fwrite(header, 1, 128, f);
  fwrite(data, 1, bytes, f);
  fclose(f);
}

int main(int argc, char **argv) {
  if (argc < 2) { fprintf(stderr, "usage: cbench WORKLOAD ...\n"); return 64; }
  const char *w = argv[1];
  int T = 4095;
  if (!strcmp(w, "gen-csv") || !strcmp(w, "gen-npy")) {
    long n = atol(argv[2]);
    float *s = malloc(n * 4);
    uint8_t *l = malloc(n);
    make_rows(n, s, l);
    if (!strcmp(w, "gen-csv")) {
      FILE *f = fopen(argv[3], "wb");
      static char out[1 << 20];
      setvbuf(f, out, _IOFBF, sizeof out);
      fputs("score,label\n", f);
      for (long i = 0; i < n; i++) fprintf(f, "%.9g,%d\n", s[i], l[i]);
      fclose(f);
    } else {
      char path[4096];
      snprintf(path, sizeof path, "%s-scores.npy", argv[3]);
      write_npy(path, "<f4", s, n * 4, n);
      snprintf(path, sizeof path, "%s-labels.npy", argv[3]);
      write_npy(path, "|u1", l, n, n);
    }
    return 0;
  }
  if (!strcmp(w, "csv") || !strcmp(w, "raw")) {
    hist = calloc(2 * (T + 1), 8);
    return !strcmp(w, "csv") ? csv(argv[2], T) : raw(argv[2], argv[3], T);
  }
  long n = argc > 2 ? atol(argv[2]) : 100000000;
  if (!strcmp(w, "value")) {
    T = (int)n;
    hist = calloc(2 * (T + 1), 8);
    state = 7;
    for (long b = 0; b < 2 * (T + 1); b++) hist[b] = next() % 1000;
    int reps = 20000;
    double t0 = now(), sink = 0;
    for (int r = 0; r < reps; r++) { hist[r % (T + 1)]++; sink += value(T); }
    printf("%.9f %g\n", (now() - t0) / reps, sink);
    return 0;
  }
  if (!strcmp(w, "seed-loop")) {
    hist = calloc(2 * 4096, 8);
    float s[128];
    uint8_t l[128];
    state = 2024;
    double t0 = now(), sink = 0;
    for (int b = 0; b < 100; b++) {
      for (int i = 0; i < 128; i++) { s[i] = unit_float(); l[i] = next() >> 63; }
      bin_floats(s, l, 128, 4095);
      sink += value(4095);
    }
    printf("%.9f %g\n", now() - t0, sink);
    return 0;
  }
  float *s = malloc(n * 4);
  uint8_t *l = malloc(n);
  make_rows(n, s, l);
  if (!strcmp(w, "bin-float")) {
    hist = calloc(2 * (T + 1), 8);
    double t0 = now();
    bin_floats(s, l, n, T);
    double t = now() - t0;
    printf("%.9f %.17g\n", t, value(T));
  } else if (!strcmp(w, "exact")) {
    double t0 = now();
    double auc = exact_auc(s, l, n);
    printf("%.9f %.17g\n", now() - t0, auc);
  } else {
    fprintf(stderr, "unknown workload %s\n", w);
    return 64;
  }
  return 0;
}
