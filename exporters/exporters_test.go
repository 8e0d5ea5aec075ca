package exporters_test

import (
	"bytes"
	"reflect"
	"testing"

	"github.com/vita-project/vita/exporters"
	"github.com/vita-project/vita/model/modeltest"
)

func TestParse(t *testing.T) {
	tests := []struct {
		list string
		want []string
		err  string
	}{
		{"", []string{"pdf", "xlsx", "jsonld"}, ""},
		{"jsonld,nt", []string{"jsonld", "nt"}, ""},
		{"jsonld", []string{"jsonld"}, ""},
		{"xlsx, PDF,xlsx", []string{"xlsx", "pdf"}, ""},
		{"pdf,docx", nil, `unknown format "docx" (known formats: csv, jsonld, nt, pdf, xlsx)`},
		{",", nil, `no format named in "," (known formats: csv, jsonld, nt, pdf, xlsx)`},
	}
	for _, tt := range tests {
		got, err := exporters.Parse(tt.list)
		var names []string
		for _, f := range got {
			names = append(names, f.Name)
		}
		if tt.err != "" {
			if err == nil || err.Error() != tt.err {
				t.Errorf("Parse(%q) error = %v, want %q", tt.list, err, tt.err)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(names, tt.want) {
			t.Errorf("Parse(%q) = %q, %v; want %q", tt.list, names, err, tt.want)
		}
	}
}

// TestEveryFormatWrites runs each registered exporter on a fixture: every format writes something,
// and the same input gives the same bytes.
func TestEveryFormatWrites(t *testing.T) {
	for _, f := range exporters.Formats {
		t.Run(f.Name, func(t *testing.T) {
			var a, b bytes.Buffer
			if err := f.Write(&a, modeltest.Willsman(), exporters.Settings{}); err != nil {
				t.Fatal(err)
			}
			f.Write(&b, modeltest.Willsman(), exporters.Settings{})
			if a.Len() == 0 || !bytes.Equal(a.Bytes(), b.Bytes()) {
				t.Errorf("%d bytes; deterministic: %v", a.Len(), bytes.Equal(a.Bytes(), b.Bytes()))
			}
			if f.Ext == "" || f.Ext[0] != '.' || f.Description == "" {
				t.Errorf("format %+v lacks an extension or a description", f)
			}
		})
	}
}
