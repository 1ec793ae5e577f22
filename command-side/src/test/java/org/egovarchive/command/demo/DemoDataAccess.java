package org.egovarchive.command.demo;

/** Lets tests of other packages read the demo texts. */
public final class DemoDataAccess {

    private DemoDataAccess() {
    }

    public static String speech() {
        return DemoData.text("demo/speech.txt");
    }
}
