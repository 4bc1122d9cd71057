"""Printed forms (reportlab); renderers never touch the database.

- ``model``: the plain, frozen model of an administrative document (ND 30/2020/NĐ-CP);
- ``base``: ``DocumentTemplate``, the A4 layout every document shares: its pages (page number, "DỰ THẢO",
  audit head, the check at the foot) and the PDF output (``render``);
- ``check``: the canonical text of what a document says and the check made from it (content hash, the QR's text,
  the line beside it), printed on every page by construction; ``qr``: its symbol, from reportlab's encoder;
- ``story``: the story steps ``DocumentTemplate`` inherits (header, title, body blocks, signatures);
- ``layout``: the ND 30 numbers (margins, type sizes) and fixed words of that layout;
- ``fonts``: Times New Roman from the system, else the bundled Liberation Serif;
- ``formatting``: pure helpers for the date line, the number line and paragraphs;
- ``issued``: what the unit's numbered documents share (issuer lines, register number, signer, proposals named);
- ``proposal_plan``: Kế hoạch đề xuất đổi mới, sáng tạo (``ProposalPlan``, ``render_proposal_plan``);
- ``minutes``: Biên bản họp, Mẫu 1.9 (``Minutes``, ``render_minutes``): leadership meeting or review council;
- ``decision``: Quyết định phê duyệt / cho thực hiện thí điểm (``Decision``, ``render_decision``);
- ``notice``: Thông báo kết luận, return or rejection (``ConclusionNotice``, ``render_notice``);
- ``invitation``: Giấy mời (``Invitation``, ``render_invitation``);
- ``samples``: a realistic sample plan for previews, demos, tests and benchmarks (each form above has its own
  ``sample_*()``).
"""
