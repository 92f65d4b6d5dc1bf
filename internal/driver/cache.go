package driver

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	statuslint "github.com/statuslint/statuslint/analyzer"
	"github.com/statuslint/statuslint/internal/report"
)

// A cache holds each package's findings under a key that covers everything
// they depend on (see keys.go). Entries are files written to a temporary
// name and renamed into place, so a reader sees a whole entry or none, and
// two runs at once at worst both write the same entry. An entry that does
// not decode, or whose recorded key differs from its name, is a miss.
type cache struct {
	dir   string // "" when the cache is off
	limit int64  // bytes kept after trimming
	debug io.Writer
	wrote atomic.Bool // put is called from several goroutines
	dirs  sync.Map    // the entry directories this run made (MkdirAll once each)
}

const (
	// cacheFormat changes when entry's encoding does: old entries become misses.
	cacheFormat = "statuslint-cache-3"
	// defaultCacheLimit bounds the cache directory; trimming removes the
	// least recently used entries beyond it.
	defaultCacheLimit = 512 << 20
	// trimEvery is how often a run looks at the directory's size at all.
	trimEvery = time.Hour
)

// entry is what one package's cache file holds: its findings and routes
// (a "-f" file, for a package analyzed as a root: the analyzer's result,
// for -routes) or the facts it exports (a "-x" file, for any package:
// what its dependents' analysis imports).
type entry struct {
	Format   string
	Key      string
	Findings []report.Finding
	Routes   []statuslint.RouteInfo
	Facts    []storedFact
}

// openCache returns the cache STATUSLINT_CACHE names ("off" disables it),
// else the user cache directory's statuslint folder. Without a usable
// directory the cache is off: caching is an optimisation, never a failure.
func openCache(debug io.Writer) *cache {
	c := &cache{limit: defaultCacheLimit, debug: debug}
	dir := os.Getenv("STATUSLINT_CACHE")
	switch dir {
	case "off":
		return c
	case "":
		base, err := os.UserCacheDir()
		if err != nil {
			return c
		}
		dir = filepath.Join(base, "statuslint")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return c
	}
	c.dir = dir
	return c
}

// Kinds of entry: a package's findings, or its facts.
const (
	findingsEntry = "-f"
	factsEntry    = "-x"
	saltEntry     = "-s" // a run with this salt stored results (known)
)

func (c *cache) path(key, kind string) string {
	return filepath.Join(c.dir, key[:2], key+kind)
}

// get returns the findings and routes stored under key.
func (c *cache) get(id, key string) ([]report.Finding, []statuslint.RouteInfo, bool) {
	e, ok := c.read(key, findingsEntry)
	switch {
	case ok:
		c.logf("cache hit %s", id)
		return e.Findings, e.Routes, true
	case e != nil:
		c.logf("cache corrupt %s (a miss)", id)
	}
	c.logf("cache miss %s", id)
	return nil, nil, false
}

// getFacts returns the facts stored under key (not logged: there is one
// lookup per dependency, the standard library's included).
func (c *cache) getFacts(key string) ([]storedFact, bool) {
	e, ok := c.read(key, factsEntry)
	if !ok {
		return nil, false
	}
	return e.Facts, true
}

// read decodes the entry of one kind under key. A file that exists but
// does not decode, or was written for another key or format, is not ok
// (and e is non-nil, to tell it from a missing file).
func (c *cache) read(key, kind string) (e *entry, ok bool) {
	if c.dir == "" || key == "" {
		return nil, false
	}
	p := c.path(key, kind)
	data, err := os.ReadFile(p)
	if err != nil {
		return nil, false
	}
	e = new(entry)
	if len(data) == 0 && kind == factsEntry {
		return e, true // a package with no facts (putFacts): most dependencies
	}
	if gob.NewDecoder(bytes.NewReader(data)).Decode(e) != nil || e.Format != cacheFormat || e.Key != key {
		return e, false
	}
	now := time.Now()
	_ = os.Chtimes(p, now, now) // recently used: trimming keeps it
	return e, true
}

// known reports whether a run with this salt (binary, flags, build
// configuration) stored its results here: else no key can hit, and the
// run need not list packages to look them up.
func (c *cache) known(salt string) bool {
	if c.dir == "" {
		return false
	}
	p := c.path(saltKey(salt), saltEntry)
	if _, err := os.Stat(p); err != nil {
		return false
	}
	now := time.Now()
	_ = os.Chtimes(p, now, now)
	return true
}

// mark records that a run with this salt stored its results.
func (c *cache) mark(salt string) {
	if !c.known(salt) {
		c.write(saltKey(salt), saltEntry, entry{Format: cacheFormat, Key: saltKey(salt)})
	}
}

func saltKey(salt string) string {
	h := sha256.Sum256([]byte(salt))
	return hex.EncodeToString(h[:])
}

// put stores a package's findings and routes under key; failures only
// cost the next run time.
func (c *cache) put(key string, fs []report.Finding, routes []statuslint.RouteInfo) {
	c.write(key, findingsEntry, entry{Format: cacheFormat, Key: key, Findings: fs, Routes: routes})
}

// putFacts stores a package's facts under its key. No facts, the common
// case (the standard library, packages with no HTTP code), is an empty
// file: written in one step, it cannot be torn, and the temporary file and
// rename that keep a written entry whole are not needed.
func (c *cache) putFacts(key string, facts []storedFact) {
	if len(facts) > 0 {
		c.write(key, factsEntry, entry{Format: cacheFormat, Key: key, Facts: facts})
		return
	}
	if c.dir == "" || key == "" {
		return
	}
	p := c.path(key, factsEntry)
	if !c.mkdir(filepath.Dir(p)) {
		return
	}
	if f, err := os.OpenFile(p, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o644); err == nil {
		if f.Close() == nil {
			c.wrote.Store(true)
		}
	}
}

// mkdir makes an entry directory, once per run.
func (c *cache) mkdir(dir string) bool {
	if _, done := c.dirs.Load(dir); done {
		return true
	}
	if os.MkdirAll(dir, 0o755) != nil {
		return false
	}
	c.dirs.Store(dir, true)
	return true
}

func (c *cache) write(key, kind string, e entry) {
	if c.dir == "" || key == "" {
		return
	}
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(e); err != nil {
		return
	}
	p := c.path(key, kind)
	if !c.mkdir(filepath.Dir(p)) {
		return
	}
	tmp, err := os.CreateTemp(filepath.Dir(p), "tmp-")
	if err != nil {
		return
	}
	_, werr := tmp.Write(buf.Bytes())
	cerr := tmp.Close()
	if werr != nil || cerr != nil || os.Rename(tmp.Name(), p) != nil {
		_ = os.Remove(tmp.Name())
		return
	}
	c.wrote.Store(true)
}

// trim removes the least recently used entries while the cache is over
// its limit, at most once per trimEvery (a marker file's time says when).
func (c *cache) trim() {
	if c.dir == "" || !c.wrote.Load() {
		return
	}
	marker := filepath.Join(c.dir, "trim.txt")
	if st, err := os.Stat(marker); err == nil && time.Since(st.ModTime()) < trimEvery {
		return
	}
	_ = os.WriteFile(marker, []byte(time.Now().Format(time.RFC3339)+"\n"), 0o644)
	type file struct {
		path string
		size int64
		used time.Time
	}
	var files []file
	var total int64
	_ = filepath.WalkDir(c.dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && filepath.Ext(p) != ".txt" {
			if info, err := d.Info(); err == nil {
				files = append(files, file{p, info.Size(), info.ModTime()})
				total += info.Size()
			}
		}
		return nil // an unreadable entry is not worth failing a trim
	})
	slices.SortFunc(files, func(a, b file) int { return a.used.Compare(b.used) })
	for _, f := range files {
		if total <= c.limit {
			break
		}
		if os.Remove(f.path) == nil {
			total -= f.size
		}
	}
}

func (c *cache) logf(format string, args ...any) {
	if c.debug != nil {
		fmt.Fprintf(c.debug, "statuslint: "+format+"\n", args...)
	}
}

// executableID hashes the running binary: a rebuilt statuslint, whatever
// its version string, gets fresh cache keys.
func executableID() (string, error) {
	exe, err := os.Executable()
	if err != nil {
		return "", err
	}
	f, err := os.Open(exe)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}
