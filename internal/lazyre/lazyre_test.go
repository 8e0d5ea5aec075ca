package lazyre

import (
	"fmt"
	"reflect"
	"regexp"
	"testing"
)

// TestMethods checks that every method gives what regexp.Regexp's gives.
func TestMethods(t *testing.T) {
	const pattern, s = `(\w+)@(\w+)`, "ann@home, bob@work; cy"
	lazy, re := New(pattern), regexp.MustCompile(pattern)
	tests := []struct {
		name      string
		got, want any
	}{
		{"String", lazy.String(), re.String()},
		{"MatchString", lazy.MatchString(s), re.MatchString(s)},
		{"FindString", lazy.FindString(s), re.FindString(s)},
		{"FindStringIndex", lazy.FindStringIndex(s), re.FindStringIndex(s)},
		{"FindStringSubmatch", lazy.FindStringSubmatch(s), re.FindStringSubmatch(s)},
		{"FindStringSubmatchIndex", lazy.FindStringSubmatchIndex(s), re.FindStringSubmatchIndex(s)},
		{"FindAllString", lazy.FindAllString(s, -1), re.FindAllString(s, -1)},
		{"FindAllStringIndex", lazy.FindAllStringIndex(s, -1), re.FindAllStringIndex(s, -1)},
		{"FindAllStringSubmatch", lazy.FindAllStringSubmatch(s, -1), re.FindAllStringSubmatch(s, -1)},
		{"FindAllStringSubmatchIndex", lazy.FindAllStringSubmatchIndex(s, -1), re.FindAllStringSubmatchIndex(s, -1)},
		{"ReplaceAllString", lazy.ReplaceAllString(s, "$2"), re.ReplaceAllString(s, "$2")},
		{"ReplaceAllLiteralString", lazy.ReplaceAllLiteralString(s, "$2"), re.ReplaceAllLiteralString(s, "$2")},
		{"ReplaceAllStringFunc", lazy.ReplaceAllStringFunc(s, func(m string) string { return "<" + m + ">" }),
			re.ReplaceAllStringFunc(s, func(m string) string { return "<" + m + ">" })},
		{"Split", lazy.Split(s, -1), re.Split(s, -1)},
		{"SubexpIndex", lazy.SubexpIndex("x"), re.SubexpIndex("x")},
		{"Regexp", lazy.Regexp().String(), pattern},
	}
	for _, tt := range tests {
		if !reflect.DeepEqual(tt.got, tt.want) {
			t.Errorf("%s = %v, want %v", tt.name, tt.got, tt.want)
		}
	}
}

// TestCompiledInTests checks that under go test a pattern is compiled by New, so that a bad one
// fails its package's tests.
func TestCompiledInTests(t *testing.T) {
	if !inTest {
		t.Fatal("inTest is false under go test")
	}
	defer func() {
		if recover() == nil {
			t.Error("New with a bad pattern did not panic under go test")
		}
	}()
	New(`(`)
}

func ExampleNew() {
	word := New(`\b\w+ed\b`) // compiled when first used
	fmt.Println(word.FindAllString("he was elected and then re-elected", -1))
	// Output: [elected elected]
}
