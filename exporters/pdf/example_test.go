package pdf_test

import (
	"bytes"
	"fmt"
	"log"
	"time"

	"github.com/vita-project/vita/exporters/pdf"
	"github.com/vita-project/vita/model/modeltest"
)

// Write a biography as a PDF dossier. A real caller passes an *os.File; the fixed time makes the
// bytes reproducible.
func ExampleWrite() {
	var buf bytes.Buffer
	opts := pdf.Options{Time: time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC)}
	if err := pdf.Write(&buf, modeltest.Willsman(), opts); err != nil {
		log.Fatal(err)
	}
	fmt.Println(bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")))
	// Output: true
}
