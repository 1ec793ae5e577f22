package org.egovarchive.query.letters;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /replies}: the public replies board (留言答复公开), newest reply first. */
@Controller
public class RepliesPageController {

    private static final int SIZE = 20;
    private final LettersController letters;

    public RepliesPageController(LettersController letters) {
        this.letters = letters;
    }

    @GetMapping("/replies")
    public String replies(@RequestParam(defaultValue = "1") int page, Model model) {
        int p = Math.max(1, Math.min(page, 500));
        model.addAttribute("replies", letters.replies(p, SIZE));
        return "replies";
    }
}
