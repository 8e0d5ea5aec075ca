package dump_test

import (
	"bytes"
	"errors"
	"os"
	"testing"
	"time"

	"github.com/vita-project/vita/importers/dump"
)

// FuzzPages feeds Pages, IsDump and IsBiography arbitrary input, plain or bzip2: they must
// return, quickly, without panicking; pages come in order, each offset at its <page> (in plain
// input), and an error is a *dump.Error that ends the sequence.
//
//	go test ./importers/dump/ -run '^$' -fuzz FuzzPages -fuzztime 60s -fuzzminimizetime 2s -parallel 1
func FuzzPages(f *testing.F) {
	for _, name := range []string{"testdata/export.xml", "testdata/export.xml.bz2"} {
		if src, err := os.ReadFile(name); err == nil {
			f.Add(src)
		}
	}
	for _, s := range []string{
		`<mediawiki><page><title>A</title><ns>0</ns><id>1</id><redirect title="B"/><revision><text>#REDIRECT [[B]]</text></revision></page></mediawiki>`,
		`<mediawiki><siteinfo><base>https://x.org/wiki/M</base><namespaces><namespace key="1">Talk</namespace></namespaces></siteinfo><page><title>Talk:A</title><revision><text>a</text></revision><revision><text>b</text></revision></page></mediawiki>`,
		`<page><title>A &amp; B</title><ns>x</ns></page>`,
		`<mediawiki><page><title>A</title><revision><text>{{Infobox|birth_date=1}}[[Category:1 births]]{{birth date|</text>`,
		"BZh9", "<?xml version='1.0'?><!-- c --><mediawiki/>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		start := time.Now()
		dump.IsDump("f.xml", src)
		var last int64 = -1
		ended := false
		for p, err := range dump.Pages(bytes.NewReader(src)) {
			if ended {
				t.Fatal("the sequence goes on after an error")
			}
			if err != nil {
				var de *dump.Error
				if !errors.As(err, &de) {
					t.Fatalf("error %T %v, want a *dump.Error", err, err)
				}
				ended = true
				continue
			}
			if p.Offset <= last {
				t.Fatalf("page %q at offset %d after one at %d", p.Title, p.Offset, last)
			}
			last = p.Offset
			if !dump.IsBzip2(src) && (p.Offset >= int64(len(src)) || src[p.Offset] != '<') {
				t.Fatalf("page %q: offset %d is not at a tag", p.Title, p.Offset)
			}
			dump.IsBiography(p)
		}
		if took := time.Since(start); took > 2*time.Second {
			t.Fatalf("took %v on %d bytes", took, len(src))
		}
	})
}
