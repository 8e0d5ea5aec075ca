package xlsx_test

import (
	"bytes"
	"fmt"
	"log"

	"github.com/xuri/excelize/v2"

	"github.com/vita-project/vita/exporters/xlsx"
	"github.com/vita-project/vita/model/modeltest"
)

func ExampleWrite() {
	var buf bytes.Buffer
	if err := xlsx.Write(&buf, modeltest.Willsman(), xlsx.Options{}); err != nil {
		log.Fatal(err)
	}

	// Read the workbook back: the positions sheet has a row per position, with its dates.
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	fmt.Println(f.GetSheetList())
	rows, _ := f.GetRows(xlsx.PositionsSheet)
	for _, row := range rows[:4] {
		fmt.Printf("%q\n", row[:7])
	}
	// Output:
	// [Person Positions Events Timeline Sources]
	// ["Role" "Organisation" "Parent organisation" "Qualifier" "Start" "End" "Ongoing"]
	// ["researcher" "National Union of Public Employees" "" "" "" "" "TRUE"]
	// ["central member" "Campaign for Labour Party Democracy" "" "" "" "" "TRUE"]
	// ["member" "Conference Arrangements Committee" "Labour Party" "" "1981" "1994" "FALSE"]
}
