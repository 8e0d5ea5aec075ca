package assets

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// TestFont checks that Font serves every font in fonts/, byte for byte, so that a font added to the
// folder but not to Font fails here rather than in a dossier.
func TestFont(t *testing.T) {
	files, err := filepath.Glob("fonts/*.ttf")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fonts found: %v", err)
	}
	for _, file := range files {
		want, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		got, err := Font(filepath.Base(file))
		if err != nil {
			t.Errorf("Font(%q): %v", filepath.Base(file), err)
			continue
		}
		if !bytes.Equal(got, want) {
			t.Errorf("Font(%q) differs from %s", filepath.Base(file), file)
		}
	}
	if _, err := Font("Missing.ttf"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("Font(Missing.ttf) = %v, want fs.ErrNotExist", err)
	}
	for _, name := range []string{"fonts/LICENSE", "fonts/LICENSE-Noto", "fonts/LICENSE-Apache", "fonts/NOTICE"} {
		if _, err := fs.ReadFile(FontLicenses, name); err != nil {
			t.Errorf("FontLicenses: %v", err)
		}
	}
}
