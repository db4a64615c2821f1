// Invented-people name pools for eval2, written by hand for this evaluation (not taken from the
// engine's tables, the bench or eval/). Children (born 2008-2015) and adults (born 1960-2001) are
// drawn from different lists, since generations are named differently. Lists are in rough order of
// popularity within the group; `rankWeights` turns that order into weights. British surnames carry
// explicit weights: approximate shares per thousand people, written from general knowledge (no
// dataset), plus a long tail of composed surnames (see `britishTail`).

const words = (s) => s.trim().split(/\s+/);

/** Weight by rank: the first names of a list are commoner, as in life (a gentle Zipf curve). */
export const rankWeights = (list) => list.map((name, i) => [name, 1 / (i + 3) ** 0.9]);

export const GROUPS = {
  british: {
    pupilShare: 0.66,
    adultShare: 0.74,
    childF: words(`Olivia Amelia Isla Ava Emily Sophie Grace Lily Freya Ella Poppy Evie Charlotte Jessica Ruby Millie
      Chloe Holly Daisy Phoebe Scarlett Lola Erin Megan Ellie Amber Maisie Niamh Isabelle Harriet Imogen Matilda Rosie
      Esme Florence Eliza Lucy Hannah Katie Abigail Libby Darcey Summer Willow Evelyn Eleanor Elizabeth Katherine
      Georgia Bethany Caitlin Aoife Róisín Zoë Eilidh Cerys Seren Skye Mollie Heidi Orla Tilly Lexi`),
    childM:
      words(`Oliver Jack Harry George Charlie Jacob Noah Thomas Oscar William James Leo Alfie Joshua Freddie Archie
      Ethan Isaac Alexander Joseph Max Logan Lucas Mason Harrison Samuel Daniel Dylan Riley Jake Kai Tyler Callum Ryan
      Lewis Finley Reuben Toby Theo Louis Henry Edward Sebastian Zachary Benjamin Matthew Nathan Luke Connor Ciaran Rhys
      Owen Jamie Seán Aaron Liam Cameron Kieran Ewan Gethin Fraser Rory Elliot Jayden Bradley Kyle`),
    adultF: words(`Sarah Claire Emma Louise Nicola Karen Helen Rachel Lisa Joanne Michelle Kelly Gemma Laura Victoria
      Amanda Julie Susan Jennifer Catherine Rebecca Lucy Hannah Donna Tracey Deborah Angela Alison Jane Kerry Natalie
      Zoe Samantha Leanne Hayley Katie Stephanie Charlotte Kirsty Dawn Wendy Joanna Anna Elaine Lynn Carol Jacqueline
      Sharon Debbie Andrea Siobhan Fiona Kathryn Ruth Melanie Caroline Vicky Jo Sian Bethan Mairead`),
    adultM: words(`David Paul Mark Andrew Richard Stephen Michael James Christopher Daniel Matthew Simon Gary Lee Darren
      Craig Stuart Neil Jason Ian Robert John Peter Thomas Ben Adam Carl Martin Kevin Anthony Steven Wayne Dean Jonathan
      Philip Graham Nigel Alan Colin Keith Shaun Scott Gareth Dominic Tim Nick Sean Liam Ryan Jamie Alistair Gavin Euan
      Declan Dafydd Iwan Hugh Barry Trevor`),
  },
  caribbean: {
    pupilShare: 0.03,
    adultShare: 0.025,
    childF: words('Aaliyah Nia Zara Amara Jada Kiara Imani Tianna Shanice Maya Jasmine Destiny Kayla Leah Naomi Ruby'),
    childM: words(
      'Tyrese Jayden Kai Malachi Elijah Josiah Isaiah Kemar Andre Jerome Tyler Marcus Nathaniel Darnell Reece',
    ),
    adultF: words(
      'Marcia Sonia Beverley Paulette Claudette Yvonne Natasha Simone Keisha Janet Sandra Jacqueline Donna',
    ),
    adultM: words('Winston Delroy Errol Clive Leroy Trevor Junior Marlon Dwayne Courtney Lloyd Carlton Andre Devon'),
    surnames: words(`Campbell Thompson Williams Brown Grant Francis Morgan Clarke Bailey Walker Edwards Richards Reid
      Johnson Henry Lewis Robinson Samuels Bennett Dixon Spence Forbes McKenzie Gayle Barrett Stewart Powell`),
  },
  polish: {
    pupilShare: 0.04,
    adultShare: 0.035,
    childF: words(`Zofia Julia Maja Zuzanna Hanna Lena Alicja Oliwia Amelia Wiktoria Natalia Aleksandra Maria Nikola
      Karolina Weronika Gabriela Martyna`),
    childM: words(`Jakub Szymon Antoni Filip Jan Kacper Mikołaj Aleksander Franciszek Wojciech Adam Michał Bartosz
      Mateusz Łukasz Kamil Oskar Dawid`),
    adultF: words('Anna Katarzyna Małgorzata Agnieszka Joanna Magdalena Monika Ewa Beata Dorota Justyna Marta Renata'),
    adultM: words('Piotr Krzysztof Tomasz Paweł Marcin Michał Grzegorz Rafał Andrzej Marek Dariusz Łukasz Robert'),
    // Masculine forms; `femaleForm` gives -ska, -cka, -dzka for women.
    surnames: words(`Nowak Kowalski Wiśniewski Wójcik Kowalczyk Kamiński Lewandowski Zieliński Szymański Woźniak
      Dąbrowski Kozłowski Jankowski Mazur Kwiatkowski Krawczyk Piotrowski Grabowski Nowakowski Pawłowski Michalski
      Wróbel Jabłoński Król Zając Wieczorek Majewski Olszewski Stępień Górski`),
  },
  romanian: {
    pupilShare: 0.02,
    adultShare: 0.015,
    childF: words('Maria Ioana Andreea Elena Alexandra Daria Sofia Bianca Denisa Antonia Ana Gabriela Larisa'),
    childM: words('Andrei Ștefan Alexandru David Gabriel Mihai Darius Luca Matei Ionuț Cristian Vlad Tudor Denis'),
    adultF: words('Elena Mihaela Cristina Nicoleta Florentina Daniela Georgiana Simona Ramona Adriana Loredana'),
    adultM: words('Ion Gheorghe Constantin Marian Florin Adrian Cătălin Bogdan Costel Ovidiu Sorin Vasile'),
    surnames: words(`Popescu Ionescu Popa Pop Radu Dumitru Stan Stoica Gheorghe Matei Ciobanu Rusu Munteanu Constantin
      Șerban Moldovan Lungu Toma Dinu Mocanu Mihăilă Neagu Tudor Bălan`),
  },
  pakistani: {
    pupilShare: 0.06,
    adultShare: 0.05,
    childF: words(`Aisha Maryam Fatima Zainab Hafsa Khadija Inaya Eman Aleena Anaya Hania Zara Mehak Iqra Amna Laiba
      Noor Sana Alishba`),
    childM: words(`Muhammad Mohammed Ibrahim Yusuf Ayaan Rayyan Zayn Hamza Ali Musa Abdullah Haris Umar Bilal Hassan
      Rehan Zain Arham Ahmed Saad`),
    adultF: words('Nasreen Shazia Rubina Samina Farzana Nadia Saima Shabana Parveen Asma Rukhsana Bushra Naila Uzma'),
    adultM: words(`Mohammed Muhammad Tariq Imran Asif Khalid Zahid Shahid Naveed Javed Amjad Rizwan Sajid Kashif
      Nadeem Arshad`),
    surnames: words(`Khan Hussain Ahmed Ali Akhtar Iqbal Mahmood Butt Shah Malik Rashid Javed Aslam Anwar Raza Riaz
      Saleem Sharif Qureshi Mirza Nawaz Younis Zaman Chaudhry Rehman Arshad Farooq Haider Yousaf Bashir`),
  },
  bangladeshi: {
    pupilShare: 0.025,
    adultShare: 0.02,
    childF: words('Ayesha Sumaiya Tasnim Nusrat Safa Raisa Anika Fariha Tahmina Jannat Nabila Ishrat Samiha'),
    childM: words('Abdul Rahim Tahmid Arif Sami Rayhan Zubair Nafis Tanvir Ishaq Imran Sabbir Rafiq Shahin'),
    adultF: words('Rokeya Shahida Hasina Nazma Rehana Salma Shirin Rahima Jahanara Momtaz Nasima'),
    adultM: words('Abdul Mohammed Shahid Jamal Kamal Mizanur Anwar Habib Faruk Shamsul Abul Ashraf'),
    surnames: words(`Miah Uddin Rahman Islam Ahmed Begum Khatun Hoque Chowdhury Ali Hossain Alam Bibi Sultana Karim
      Ullah Haque Sarkar Talukdar Rashid`),
  },
  indian: {
    pupilShare: 0.04,
    adultShare: 0.035,
    childF: words('Anaya Priya Diya Saanvi Aarya Riya Anika Navya Ishani Kavya Simran Jasleen Harleen Mira Tara Nisha'),
    childM: words('Arjun Aarav Vihaan Krish Rohan Dev Aryan Ishaan Kabir Reyansh Harjot Gurveer Sahil Nikhil Rahul'),
    adultF: words('Sunita Anita Rekha Meena Kiran Geeta Neelam Pooja Parminder Rajinder Sangeeta Jaspreet Manjit'),
    adultM: words('Rajesh Sanjay Amit Vijay Suresh Ramesh Manoj Sunil Harjinder Kulwinder Gurpreet Deepak Anil'),
    surnames: words(`Patel Singh Kaur Sharma Shah Mistry Gill Sandhu Sidhu Kumar Gupta Joshi Desai Parmar Chauhan
      Bains Dhillon Mehta Verma Rana Chopra Nair Pillai Solanki Modi Bhatt`),
  },
  somali: {
    pupilShare: 0.015,
    adultShare: 0.01,
    childF: words('Hodan Ayan Sagal Hibo Nasra Ikran Najma Fadumo Hamdi Ilhan Sumaya Deqa'),
    childM: words('Abdirahman Abdullahi Mohamed Ahmed Ismail Yusuf Hassan Abdirizak Mustafe Hamza Sharmarke Liban'),
    adultF: words('Fadumo Halimo Khadra Amina Hawa Faadumo Sahra Maryan Nimco Ubah'),
    adultM: words('Mohamed Abdi Ahmed Hassan Omar Abdikadir Farah Osman Ali Jama'),
    surnames: words(`Mohamed Ahmed Hassan Ali Abdi Omar Farah Warsame Osman Jama Aden Ismail Nur Hersi Egal Dirie
      Yusuf Abdullahi`),
  },
  nigerian: {
    pupilShare: 0.03,
    adultShare: 0.025,
    childF: words(`Oluwaseun Temitope Adaeze Chiamaka Ifeoluwa Tolulope Precious Favour Blessing Esther Chidinma
      Oluwatobiloba Ifeoma Damilola Zainab Mercy`),
    childM: words(`Oluwatobi Chukwuemeka Ayomide Tobiloba David Daniel Emmanuel Samuel Chidi Ikenna Femi Tunde
      Oluwadamilare Somtochukwu Joshua Victor`),
    adultF: words('Funmilayo Ngozi Bukola Adebola Chioma Folake Yetunde Nneka Abimbola Omolara Grace Patience'),
    adultM: words('Oluwaseun Chinedu Adewale Babatunde Olumide Emeka Obinna Segun Kunle Uche Godwin Felix'),
    surnames: words(`Adeyemi Okafor Okonkwo Adebayo Ogunleye Eze Nwosu Balogun Oyelaran Afolabi Okoro Ibrahim Olawale
      Adeleke Oladipo Chukwu Nwachukwu Onyeka Akinola Ogundipe Adesina Obi Uzoma Bello`),
  },
  ghanaian: {
    pupilShare: 0.015,
    adultShare: 0.012,
    childF: words('Ama Akosua Abena Efua Adwoa Afia Nana Yaa Esi Akua Maame'),
    childM: words('Kwame Kofi Kwabena Kwaku Yaw Kojo Kwesi Nana Ekow Fiifi'),
    adultF: words('Comfort Gifty Akosua Abena Patience Felicia Rita Joyce Mavis Vida'),
    adultM: words('Kwame Kofi Emmanuel Isaac Samuel Kwabena George Francis Ebenezer Richard'),
    surnames: words(`Mensah Owusu Asante Boateng Osei Appiah Agyeman Acheampong Addo Amoah Ofori Darko Antwi Sarpong
      Quaye Badu`),
  },
  turkish: {
    pupilShare: 0.012,
    adultShare: 0.01,
    childF: words('Zeynep Elif Ela Defne Azra Eylül Ecrin Nehir Asya Yağmur Duru'),
    childM: words('Yusuf Emir Ömer Kerem Mustafa Eymen Aras Berat Çınar Deniz Efe'),
    adultF: words('Ayşe Fatma Emine Hatice Zeynep Gülsüm Sevgi Serap Derya Hülya'),
    adultM: words('Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Kemal Serkan'),
    surnames: words(`Yılmaz Kaya Demir Şahin Çelik Yıldız Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Aslan
      Çetin Koç Kurt Özkan`),
  },
  chinese: {
    pupilShare: 0.015,
    adultShare: 0.012,
    childF: words('Chloe Emily Grace Jasmine Amy Yuki Mei Xinyi Ruoxi Hannah Zoe Sophia'),
    childM: words('Jason Ethan Ryan Kevin Eric Daniel Haoran Zihan Yichen Lucas Marcus Aaron'),
    adultF: words('Li Mei Ling Xiaoling Wendy Helen Joyce Amy Yan Hui Fang Ying'),
    adultM: words('Wei Jun Ming Kin Simon Raymond Kenneth Hong Jian Tony Chi Gary'),
    surnames: words(`Wang Li Zhang Chen Liu Wong Chan Lee Lam Cheung Ng Ho Yang Huang Zhao Wu Zhou Lin Tang Leung
      Cheng Lau Yip Tsang`),
  },
  portuguese: {
    pupilShare: 0.015,
    adultShare: 0.012,
    childF: words('Beatriz Leonor Matilde Carolina Inês Mariana Lara Alice Francisca Diana Sara'),
    childM: words('Tiago Rodrigo Afonso Duarte Tomás Gonçalo Martim Guilherme Diogo Rafael Santiago'),
    adultF: words('Ana Maria Sandra Sónia Paula Cláudia Susana Fernanda Rosa Cristina Fátima'),
    adultM: words('João José António Paulo Nuno Rui Carlos Luís Pedro Jorge Manuel Ricardo'),
    surnames: words(`Silva Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Sousa Fernandes Gonçalves Gomes
      Lopes Marques Alves Almeida Ribeiro Pinto Carvalho Teixeira Moreira Correia`),
  },
};

/** Shares per thousand people of Britain's commonest surnames (approximate; my estimate). */
const BRITISH_HEAD = `Smith:11 Jones:8 Williams:6.5 Taylor:5.5 Brown:5.5 Davies:4.5 Evans:3.5 Wilson:3.3 Thomas:3.3
  Johnson:3.2 Roberts:3.1 Robinson:2.8 Thompson:2.8 Wright:2.7 Walker:2.7 White:2.5 Edwards:2.5 Hughes:2.4 Green:2.4
  Hall:2.4 Lewis:2.3 Harris:2.3 Clarke:2.2 Jackson:2.1 Wood:2.1 Turner:2 Martin:2 Cooper:2 Hill:2 Ward:1.9 Morris:1.9
  Moore:1.9 Clark:1.8 Lee:1.8 King:1.8 Baker:1.8 Harrison:1.7 Morgan:1.7 Allen:1.6 James:1.6 Scott:1.6 Phillips:1.5
  Watson:1.5 Davis:1.5 Parker:1.5 Price:1.4 Bennett:1.4 Young:1.4 Griffiths:1.4 Mitchell:1.4 Kelly:1.4 Cook:1.4
  Carter:1.3 Richardson:1.3 Bailey:1.3 Collins:1.3 Bell:1.3 Shaw:1.3 Murphy:1.3 Miller:1.3 Cox:1.2 Richards:1.2
  Marshall:1.2 Anderson:1.2 Simpson:1.2 Ellis:1.2 Adams:1.2 Wilkinson:1.1 Foster:1.1 Chapman:1 Powell:1 Webb:1
  Rogers:1 Gray:1 Mason:1 Hunt:1 Campbell:1 Matthews:1 Owen:1 Palmer:1 Holmes:1 Mills:1 Barnes:1 Knight:1 Lloyd:1
  Butler:1 Russell:1 Barker:.9 Fisher:.9 Stevens:.9 Jenkins:.9 Murray:.9 Dixon:.9 Harvey:.9 Graham:.9 Pearson:.9
  Fletcher:.8 Walsh:.8 Gibson:.8 Howard:.8 Andrews:.8 Stewart:.8 Elliott:.8 Reynolds:.8 Saunders:.8 Payne:.8 Fox:.8
  Ford:.8 Pearce:.8 Day:.8 Brooks:.8 West:.8 Lawrence:.8 Cole:.8 Atkinson:.8 Bradley:.8 Spencer:.8 Gill:.7
  Dawson:.7 Ball:.7 Burton:.7 O'Brien:.7 Watts:.7 Rose:.7 Booth:.7 Perry:.7 Ryan:.7 Grant:.7 Wells:.7 Armstrong:.7
  Francis:.7 Rees:.7 Hayes:.7 Hart:.7 Hudson:.7 Newman:.7 Barrett:.7 Webster:.7 Hunter:.7 Gregory:.7 Carr:.7
  Lowe:.7 Page:.7 Marsh:.7 Riley:.7 Dunn:.7 Woods:.7 Parsons:.6 Berry:.6 Stone:.6 Reid:.6 Holland:.6 Hawkins:.6
  Harding:.6 Porter:.6 Robertson:.6 Newton:.6 Oliver:.6 Reed:.6 Kennedy:.6 Williamson:.6 Bird:.6 Gardner:.6 Dean:.6
  Lane:.6 Cooke:.6 Bates:.6 Henderson:.6 Parry:.6 Burgess:.6 Bishop:.6 Walton:.6 Burns:.6 Nicholson:.6 Shepherd:.6
  Ross:.6 Cross:.6 Long:.6 Freeman:.6 Warren:.6 Nicholls:.6 Hamilton:.6 Byrne:.6 Sutton:.6 McDonald:.6 Yates:.6
  Hodgson:.6 Robson:.6 Curtis:.6 Hopkins:.6 O'Connor:.6 Harper:.6 Coleman:.6 Watkins:.6 Moss:.6 McCarthy:.6
  Chambers:.6 O'Neill:.6 Griffin:.6 Sharp:.6 Hardy:.6 Wheeler:.5 Potter:.5 Osborne:.5 Johnston:.5 Gordon:.5
  Doyle:.5 Wallace:.5 George:.5 Jordan:.5 Hutchinson:.5 Rowe:.5 Burke:.5 May:.5 Pritchard:.5 Gilbert:.5 Willis:.5
  Higgins:.5 Read:.5 Miles:.5 Stevenson:.5 Hammond:.5 Arnold:.5 Buckley:.5 Walters:.5 Hewitt:.5 Barber:.5
  Nelson:.5 Slater:.5 Austin:.5 Sullivan:.5 Whitehead:.5 Mann:.5 Frost:.5 Lambert:.5 Blake:.5 Lynch:.5 Goodwin:.5
  Barton:.5 Woodward:.5 Thomson:.5 Cunningham:.5 Quinn:.5 Baxter:.5 Clayton:.5 Nash:.5 Greenwood:.5 Jennings:.5
  Holt:.5 Kemp:.5 Poole:.5 Gallagher:.5 Bond:.5 Stokes:.5 Tucker:.5 Davidson:.5 Fowler:.5 Heath:.5 Norman:.5
  Middleton:.5 Lawson:.5 Banks:.5 French:.5 Jarvis:.5 Ferguson:.5 Carroll:.5 Douglas:.5 Todd:.5 Barlow:.5
  Peters:.5 Lucas:.5 Knowles:.5 Hartley:.5 Morton:.5 Field:.5 Morrison:.5 Norris:.5 Townsend:.5 Preston:.5
  Thornton:.5 Baldwin:.5 Briggs:.5 Pugh:.5 Howell:.5 Glover:.5 MacDonald:.5 Fraser:.5 McKenzie:.4 Rhys:.3`;

export const BRITISH_HEAD_SHARES = words(BRITISH_HEAD).map((entry) => {
  const [name, perThousand] = entry.split(':');
  return [name, Number(perThousand) / 1000];
});

const TAIL_START = words(`Ash Brad Brom Cal Chad Craw Dal Fair Grim Hal Hart Hay Hol Kings Lang Lind Mar Mid Nor Pem Rad
  Red Ring Sel Shel Stan Stock Thorn Wal Wen Whit Wil Win Yar Al Bur Cran Dun El Far Gos Ken Lock Mel Old Pen Sand
  Sher Tal Wey Bland Crom Ather Brig Cad Dray Ebb Fen Gar Haw Ing Kel Lud Moul Ned Ock Pid Quen Rip Scar Tew Ush Vin
  Wynd Ayl Bex Cot Dev`);
const TAIL_END = words(`worth ley ton ford field by ham well wood cliffe more den bury stone hurst wick ridge brook shaw
  combe dale ington stead croft thorpe`);

/** The long tail of British surnames (about 60 % of people): composed, so each is rare, as most are. */
export const britishTail = () => TAIL_START.flatMap((a) => TAIL_END.map((b) => a + b));
export const BRITISH_TAIL_SHARE = 1 - BRITISH_HEAD_SHARES.reduce((sum, [, share]) => sum + share, 0);

/** Polish surnames agree with the woman they name. */
export function femaleForm(group, surname) {
  if (group !== 'polish') return surname;
  return surname.replace(/ski$/, 'ska').replace(/cki$/, 'cka').replace(/dzki$/, 'dzka');
}
