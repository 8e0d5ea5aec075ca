package batch_test

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/vita-project/vita/batch"
	"github.com/vita-project/vita/exporters"
	"github.com/vita-project/vita/model"
)

// article is a small plain-text input named name about the person who.
func article(name, who string) batch.Input {
	text := fmt.Sprintf("= %s =\n\n%s (born 1950) is a poet.", who, who)
	return batch.Input{Name: name, Read: func() ([]byte, error) { return []byte(text), nil }}
}

func exportWith(t *testing.T, inputs []batch.Input, opts batch.Options) ([]batch.Result, batch.Summary) {
	t.Helper()
	if opts.Formats == nil {
		jsonld, _ := exporters.Lookup("jsonld")
		opts.Formats = []exporters.Format{jsonld}
	}
	if opts.OutDir == "" {
		opts.OutDir = t.TempDir()
	}
	var results []batch.Result
	sum := batch.Export(batch.ExpandDumps(inputs), opts, func(r batch.Result) { results = append(results, r) })
	return results, sum
}

func TestParseShard(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want batch.Shard
		ok   bool
	}{
		{"1/1", batch.Shard{I: 1, N: 1}, true},
		{"3/4", batch.Shard{I: 3, N: 4}, true},
		{" 2/10 ", batch.Shard{I: 2, N: 10}, true},
		{"0/4", batch.Shard{}, false},
		{"5/4", batch.Shard{}, false},
		{"1/0", batch.Shard{}, false},
		{"-1/4", batch.Shard{}, false},
		{"1", batch.Shard{}, false},
		{"a/b", batch.Shard{}, false},
		{"", batch.Shard{}, false},
	} {
		got, err := batch.ParseShard(tt.in)
		if got != tt.want || (err == nil) != tt.ok {
			t.Errorf("ParseShard(%q) = %v, %v", tt.in, got, err)
		}
	}
}

func TestParseSize(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want int64
	}{
		{"1000", 1000}, {"64MiB", 64 << 20}, {"64M", 64 << 20}, {"500k", 500 << 10}, {"2 GiB", 2 << 30},
		{"1MB", 1e6}, {"", 0}, {"0", 0}, {"-5", 0}, {"12 parsecs", 0}, {"MiB", 0},
	} {
		got, err := batch.ParseSize(tt.in)
		if got != tt.want || (err == nil) != (tt.want > 0) {
			t.Errorf("ParseSize(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
		}
	}
}

// TestShard: the shards of a stream, dump pages included, are disjoint and cover it, by index.
func TestShard(t *testing.T) {
	dir := t.TempDir()
	dumpFile := filepath.Join(dir, "pages.xml")
	write(t, dumpFile, export(page("Ann Lee (poet)", 0, poet), page("Andover", 0, town), page("Ann Lee (painter)", 0, painter)))
	inputs := func() []batch.Input {
		return []batch.Input{article("a", "Bo Vik"), batch.FileInput(dumpFile), article("b", "Cy Dahl"), article("c", "Di Eng")}
	}
	all := []string{"a", dumpFile + ":Ann Lee (poet)", dumpFile + ":Andover", dumpFile + ":Ann Lee (painter)", "b", "c"}
	seen := map[string]int{}
	for i := 1; i <= 4; i++ {
		results, _ := exportWith(t, inputs(), batch.Options{Shard: batch.Shard{I: i, N: 4}})
		var got []string
		for _, r := range results {
			got = append(got, r.Input)
			seen[r.Input]++
		}
		var want []string
		for k := i - 1; k < len(all); k += 4 {
			want = append(want, all[k])
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("shard %d/4: %q, want %q", i, got, want)
		}
	}
	if len(seen) != len(all) {
		t.Errorf("the shards cover %d inputs, want %d", len(seen), len(all))
	}
}

// TestTimeout: an input that never finishes reading fails with the time limit, and the inputs
// after it are exported.
func TestTimeout(t *testing.T) {
	stuck := make(chan struct{})
	defer close(stuck) // lets the abandoned goroutine end with the test
	slow := batch.Input{Name: "slow.txt", Read: func() ([]byte, error) {
		<-stuck
		return []byte("= Sy Low =\n\nSy Low is a poet."), nil
	}}
	start := time.Now()
	results, sum := exportWith(t, []batch.Input{article("a", "Ann Lee"), slow, article("b", "Bo Vik")},
		batch.Options{Timeout: 100 * time.Millisecond, Jobs: 1})
	if sum != (batch.Summary{Exported: 2, Failed: 1}) {
		t.Errorf("summary %+v", sum)
	}
	if len(results) != 3 || results[1].Err == nil || results[1].Err.Error() != "slow.txt: took longer than 100ms" {
		t.Errorf("results %+v", results)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("the export took %v", d)
	}

	// A writer that is too slow: the input fails, and what it writes later is thrown away.
	release, finished := make(chan struct{}), make(chan struct{})
	slowFormat := exporters.Format{Name: "slow", Ext: ".slow", Write: func(w io.Writer, b *model.Biography, s exporters.Settings) error {
		defer close(finished)
		<-release
		_, err := io.WriteString(w, b.Name)
		return err
	}}
	out := t.TempDir()
	results, sum = exportWith(t, []batch.Input{article("a", "Ann Lee")},
		batch.Options{Formats: []exporters.Format{slowFormat}, OutDir: out, Timeout: 50 * time.Millisecond})
	close(release)
	<-finished
	time.Sleep(50 * time.Millisecond) // for the abandoned goroutine to clean up
	if sum.Failed != 1 || results[0].Err.Error() != "a: took longer than 50ms" {
		t.Errorf("slow writer: %+v", results)
	}
	if f := files(t, out); len(f) != 0 {
		t.Errorf("the abandoned write left %q", f)
	}
}

func TestMaxSize(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	write(t, big, "= Ann Lee =\n\nAnn Lee is a poet. "+strings.Repeat("She writes. ", 200))
	small := filepath.Join(dir, "small.txt")
	write(t, small, "= Bo Vik =\n\nBo Vik is a poet.")
	inMemory := article("memory", "Cy Dahl")
	inMemory.Read = func() ([]byte, error) { return []byte("= Cy Dahl =\n\n" + strings.Repeat("x", 2000)), nil }
	results, sum := exportWith(t, []batch.Input{batch.FileInput(big), batch.FileInput(small), inMemory},
		batch.Options{MaxSize: 1 << 10})
	if sum != (batch.Summary{Exported: 1, Failed: 2}) {
		t.Errorf("summary %+v", sum)
	}
	for i, want := range []string{big + ": larger than the size limit of 1 KiB", "", "memory: larger than the size limit of 1 KiB"} {
		if got := fmt.Sprint(results[i].Err); want != "" && got != want {
			t.Errorf("%s: %s, want %s", results[i].Input, got, want)
		}
	}
}

func TestNoClobber(t *testing.T) {
	out := t.TempDir()
	jsonld, _ := exporters.Lookup("jsonld")
	csv, _ := exporters.Lookup("csv")
	formats := []exporters.Format{jsonld, csv}
	write(t, filepath.Join(out, "ann-lee.jsonld"), "mine")
	write(t, filepath.Join(out, "bo-vik.jsonld"), "mine too")
	write(t, filepath.Join(out, "bo-vik.csv"), "and mine")
	results, sum := exportWith(t, []batch.Input{article("a", "Ann Lee"), article("b", "Bo Vik"), article("c", "Cy Dahl")},
		batch.Options{Formats: formats, OutDir: out, NoClobber: true})
	if sum != (batch.Summary{Exported: 2, Skipped: 1}) {
		t.Errorf("summary %+v", sum)
	}
	if r := results[0]; !reflect.DeepEqual(r.Files, []string{filepath.Join(out, "ann-lee.csv")}) ||
		r.Note != batch.NotReplaced+": "+filepath.Join(out, "ann-lee.jsonld") {
		t.Errorf("partly there: %+v", r)
	}
	if r := results[1]; r.Status() != batch.StatusSkipped || !strings.HasPrefix(r.Skipped, batch.NotReplaced) {
		t.Errorf("all there: %+v", r)
	}
	for name, want := range map[string]string{"ann-lee.jsonld": "mine", "bo-vik.jsonld": "mine too", "bo-vik.csv": "and mine"} {
		if got, _ := os.ReadFile(filepath.Join(out, name)); string(got) != want {
			t.Errorf("%s was replaced", name)
		}
	}
	if f := files(t, out); len(f) != 6 {
		t.Errorf("the folder holds %q", f)
	}
	// Without NoClobber, the files are replaced.
	exportWith(t, []batch.Input{article("a", "Ann Lee")}, batch.Options{Formats: formats, OutDir: out})
	if got, _ := os.ReadFile(filepath.Join(out, "ann-lee.jsonld")); string(got) == "mine" {
		t.Error("ann-lee.jsonld was not replaced")
	}
}

func TestFileName(t *testing.T) {
	long := strings.Repeat("abcdefghi-", 20)
	for _, tt := range []struct{ id, want string }{
		{"ann-lee", "ann-lee"},
		{"../../etc/passwd", "etc-passwd"},
		{"/abs/path", "abs-path"},
		{".hidden", "hidden"},
		{"", "person-e3b0c442"},
		{"con", "con-person"},
		{"nul", "nul-person"},
		{"com1", "com1-person"},
		{"Aux", "aux-person"},
		{"con-2", "con-2"},
		{long, long[:99]},
	} {
		if got := batch.FileName(tt.id); got != tt.want {
			t.Errorf("FileName(%q) = %q, want %q", tt.id, got, tt.want)
		}
	}
}

// TestSafeNames: a model file's id cannot put a file outside the folder, hidden or reserved.
func TestSafeNames(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	model := func(name, id string) batch.Input {
		text := fmt.Sprintf("{\"id\": %q, \"name\": \"Ann Lee\"}", id)
		return batch.Input{Name: name, Read: func() ([]byte, error) { return []byte(text), nil }}
	}
	results, _ := exportWith(t, []batch.Input{model("a.json", "../escape"), model("b.json", "nul"), article("c", "Con")},
		batch.Options{OutDir: out})
	for _, r := range results {
		if r.Err == nil && filepath.Dir(r.Files[0]) != out {
			t.Errorf("%s: written to %v", r.Input, r.Files)
		}
	}
	if f := files(t, dir); !reflect.DeepEqual(f, []string{"out"}) {
		t.Errorf("the folder above holds %q", f)
	}
	if results[0].Err == nil {
		t.Errorf("an id that is not a slug was accepted: %+v", results[0])
	}
	if f := files(t, out); !reflect.DeepEqual(f, []string{"con-person.jsonld", "nul-person.jsonld"}) {
		t.Errorf("the output folder holds %q", f)
	}
}

func TestReport(t *testing.T) {
	dir := t.TempDir()
	results, _ := exportWith(t, []batch.Input{article("a", "Ann Lee"), {Name: "p", Skipped: "not a biography"},
		{Name: "e", Read: func() ([]byte, error) { return nil, nil }}}, batch.Options{OutDir: filepath.Join(dir, "out")})
	var entries []batch.ReportEntry
	for _, r := range results {
		entries = append(entries, r.Entry())
	}
	path := filepath.Join(dir, "report.json")
	if err := batch.WriteReport(path, entries); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	var got []map[string]any
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatalf("%v:\n%s", err, data)
	}
	want := []map[string]any{
		{"input": "a", "id": "ann-lee", "files": []any{filepath.Join(dir, "out", "ann-lee.jsonld")}, "status": "exported", "error": "", "note": ""},
		{"input": "p", "id": "", "files": []any{}, "status": "skipped", "error": "", "note": "not a biography"},
		{"input": "e", "id": "", "files": []any{}, "status": "failed", "error": "e: the file is empty", "note": ""},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("report:\n%s\nwant %v", data, want)
	}
}

func TestProgress(t *testing.T) {
	var b strings.Builder
	p := &batch.Progress{W: &b, Every: time.Nanosecond}
	p.Add(batch.Result{})
	time.Sleep(time.Millisecond)
	p.Add(batch.Result{Err: fmt.Errorf("x")})
	p.Finish()
	if !strings.HasPrefix(b.String(), "exported 1 of ~? inputs, 1 failed, ") || !strings.HasSuffix(b.String(), "/s\n") {
		t.Errorf("progress %q", b.String())
	}
	b.Reset()
	p = &batch.Progress{W: &b, Terminal: true}
	p.Add(batch.Result{})
	time.Sleep(210 * time.Millisecond)
	p.Add(batch.Result{})
	p.Finish()
	if !strings.HasPrefix(b.String(), "\r\x1b[Kexported 2 of ~? inputs, 0 failed") || !strings.HasSuffix(b.String(), "\r\x1b[K") {
		t.Errorf("terminal progress %q", b.String())
	}
}
