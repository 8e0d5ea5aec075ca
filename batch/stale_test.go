package batch

import (
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
)

// TestCleanStale checks that a killed run's temporary files go, and that a live run's, another
// host's and other files stay.
func TestCleanStale(t *testing.T) {
	dir := t.TempDir()
	dead := exec.Command("true")
	if err := dead.Run(); err != nil {
		t.Skip("cannot start a process to get a dead pid:", err)
	}
	deadPID := strconv.Itoa(dead.Process.Pid)
	live := strconv.Itoa(os.Getpid())
	host := hostTag()
	files := map[string]bool{ // name: removed
		".a.pdf.vita-" + host + "-" + deadPID + "-123.tmp": true,
		".a.pdf.vita-" + host + "-" + live + "-456.tmp":    false,
		".a.pdf.vita-otherhost-" + deadPID + "-789.tmp":    false,
		"a.pdf":          false,
		".a.pdf.123.tmp": false,
		".positions.xlsx.vita-" + host + "-" + deadPID + "-1.tmp": true,
	}
	for name := range files {
		os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o644)
	}
	n, err := CleanStale(dir)
	if err != nil {
		t.Fatal(err)
	}
	if n != 2 {
		t.Errorf("removed %d files, want 2", n)
	}
	for name, removed := range files {
		_, err := os.Stat(filepath.Join(dir, name))
		if gone := os.IsNotExist(err); gone != removed {
			t.Errorf("%s: removed %v, want %v", name, gone, removed)
		}
	}
	if n, err := CleanStale(filepath.Join(dir, "missing")); n != 0 || err != nil {
		t.Errorf("a missing folder: %d, %v", n, err)
	}
}

// TestTempNamesAreRecognised checks that WriteFile's temporary files carry the marker CleanStale
// looks for.
func TestTempNamesAreRecognised(t *testing.T) {
	dir := t.TempDir()
	var seen string
	err := WriteFile(filepath.Join(dir, "x.pdf"), func(w io.Writer) error {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			seen = e.Name()
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := ".x.pdf.vita-" + hostTag() + "-" + strconv.Itoa(os.Getpid()) + "-"
	if len(seen) < len(want) || seen[:len(want)] != want {
		t.Errorf("temporary file %q, want it to start %q", seen, want)
	}
}
