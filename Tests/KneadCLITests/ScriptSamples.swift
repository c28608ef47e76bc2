/// Small routine scripts written by the command-line tests.
enum ScriptSamples {
    /// A valid one-stage routine of 30 seconds; `title` is pasted into the JSON string as is.
    static func minimal(title: String) -> String {
        """
        {
          "format": 1,
          "title": "\(title)",
          "stages": [
            {"name": "Stroking", "technique": "stroking", "area": "neck", "duration": "30s",
             "instructions": "Stroke the back of the neck from the hairline down to the shoulders."}
          ]
        }
        """
    }
}
